package org.pathway.demo;

import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.pathway.activities.DirectoryLoader.PostcodePoint;

/**
 * Coordinates for the demo's postcodes: each postcode district sits at its town's real approximate position,
 * sectors spread around it and units jitter within a few hundred metres. Deterministic, so the same postcode
 * always lands in the same place, whichever record uses it. The national demo's further ICSs each have a real
 * postcode area of their own elsewhere in England.
 */
final class DemoPostcodes {

    private DemoPostcodes() {}

    /** The seeds' ICS: its real postcode districts at their towns' approximate positions, in a fixed order. */
    private static final List<District> PENINSULA = List.of(
            d("TR1", 50.263, -5.051), d("TR2", 50.255, -4.990), d("TR3", 50.220, -5.080),
            d("TR4", 50.290, -5.140), d("TR10", 50.169, -5.107), d("TR11", 50.154, -5.071),
            d("TR18", 50.118, -5.537), d("TR19", 50.080, -5.620), d("TR20", 50.130, -5.460),
            d("TR26", 50.211, -5.480), d("TR14", 50.213, -5.300), d("TR15", 50.233, -5.226),
            d("TR16", 50.240, -5.190), d("PL25", 50.340, -4.790), d("PL26", 50.320, -4.850),
            d("TR7", 50.415, -5.073), d("TR8", 50.400, -5.020), d("PL14", 50.455, -4.465),
            d("PL12", 50.408, -4.210), d("PL13", 50.354, -4.454), d("EX23", 50.829, -4.543),
            d("PL15", 50.637, -4.360), d("PL27", 50.517, -4.835), d("PL5", 50.410, -4.170),
            d("PL6", 50.420, -4.110), d("PL1", 50.370, -4.150), d("PL2", 50.385, -4.155),
            d("PL4", 50.375, -4.125), d("PL3", 50.390, -4.130), d("PL9", 50.355, -4.090),
            d("PL7", 50.386, -4.051), d("PL19", 50.550, -4.144), d("PL20", 50.500, -4.100),
            d("PL21", 50.390, -3.920), d("PL8", 50.330, -3.980), d("EX1", 50.725, -3.510),
            d("EX2", 50.710, -3.530), d("EX4", 50.730, -3.540), d("EX8", 50.620, -3.413),
            d("EX10", 50.680, -3.239), d("EX11", 50.752, -3.279), d("EX14", 50.799, -3.188),
            d("EX13", 50.781, -2.995), d("EX12", 50.705, -3.070), d("EX16", 50.903, -3.488),
            d("EX15", 50.857, -3.392), d("EX17", 50.791, -3.656), d("TQ1", 50.465, -3.520),
            d("TQ2", 50.470, -3.550), d("TQ3", 50.435, -3.564), d("TQ4", 50.420, -3.570),
            d("TQ5", 50.394, -3.515), d("TQ12", 50.529, -3.610), d("TQ14", 50.547, -3.497),
            d("EX7", 50.580, -3.466), d("TQ9", 50.431, -3.686), d("TQ7", 50.284, -3.777),
            d("TQ6", 50.351, -3.579), d("EX31", 51.080, -4.058), d("EX32", 51.070, -4.030),
            d("EX39", 51.016, -4.208), d("EX38", 50.951, -4.143), d("EX22", 50.813, -4.352),
            d("EX34", 51.208, -4.122), d("EX33", 51.108, -4.161));

    /**
     * Where the national demo's further ICSs are, in order (ICS 2 first): a real postcode area each, at its main
     * town. An ICS there is the seeds' ICS drawn to {@value #SCALE} of its size around that town, with district
     * {@code n} of the area standing for the seeds' district {@code n} in {@link #PENINSULA}'s order, so the 42
     * ICSs spread over England as real ones do instead of all lying on top of Devon and Cornwall.
     */
    private static final List<Area> AREAS = List.of(
            a("BS", 51.454, -2.588), a("OX", 51.752, -1.258), a("NE", 54.978, -1.618), a("NR", 52.63, 1.297),
            a("M", 53.481, -2.242), a("SO", 50.91, -1.404), a("LS", 53.801, -1.549), a("B", 52.486, -1.89),
            a("CT", 51.28, 1.08), a("NG", 52.954, -1.158), a("L", 53.408, -2.992), a("CB", 52.205, 0.122),
            a("GL", 51.864, -2.244), a("S", 53.381, -1.47), a("BN", 50.822, -0.137), a("YO", 53.96, -1.082),
            a("LE", 52.637, -1.139), a("PO", 50.805, -1.087), a("PR", 53.763, -2.703), a("IP", 52.057, 1.148),
            a("SP", 51.069, -1.795), a("ST", 53.003, -2.179), a("CM", 51.736, 0.469), a("TS", 54.574, -1.235),
            a("CV", 52.407, -1.512), a("RG", 51.454, -0.978), a("LN", 53.231, -0.541), a("CH", 53.193, -2.893),
            a("DT", 50.715, -2.437), a("PE", 52.573, -0.241), a("HU", 53.745, -0.336), a("WR", 52.192, -2.22),
            a("ME", 51.272, 0.529), a("SG", 51.903, -0.202), a("SY", 52.708, -2.754), a("CA", 54.892, -2.933),
            a("SS", 51.538, 0.714), a("GU", 51.236, -0.57), a("NN", 52.237, -0.895), a("HR", 52.057, -2.716),
            a("CO", 51.896, 0.892));

    private static final double SCALE = 0.35;
    private static final double PENINSULA_LATITUDE = 50.6;
    private static final double PENINSULA_LONGITUDE = -4.3;
    private static final Map<String, District> BY_DISTRICT = PENINSULA.stream()
            .collect(Collectors.toUnmodifiableMap(District::code, d -> d));
    private static final Map<String, Integer> AREA_NUMBERS = IntStream.range(0, AREAS.size()).boxed()
            .collect(Collectors.toUnmodifiableMap(i -> AREAS.get(i).code(), i -> i));

    private record District(String code, double latitude, double longitude) {}

    private record Area(String code, double latitude, double longitude) {}

    /** How many ICSs the geography has room for: the seeds' one and one in each further area. */
    static int icsCount() {
        return AREAS.size() + 1;
    }

    /**
     * The district that stands for one of the seeds' districts (e.g. "TR1") in the ICS numbered {@code ics} from 0:
     * the seeds' district itself in the first ICS, the same place in the ICS's own area in the others ("BS1").
     */
    static String district(int ics, String peninsulaDistrict) {
        if (ics == 0) {
            return peninsulaDistrict;
        }
        if (ics > AREAS.size()) {
            throw new IllegalArgumentException("The demo geography has room for " + icsCount() + " ICSs, not " + (ics + 1));
        }
        District district = BY_DISTRICT.get(peninsulaDistrict);
        if (district == null) {
            throw new IllegalArgumentException("Not one of the seeds' postcode districts: " + peninsulaDistrict);
        }
        return AREAS.get(ics - 1).code() + (PENINSULA.indexOf(district) + 1);
    }

    /** Where a demo postcode is, e.g. "TR1 3QN": its district's centre, plus sector and unit offsets. */
    static PostcodePoint locate(String postcode) {
        double[] centre = centreOf(postcode.substring(0, postcode.indexOf(' ')));
        int sector = Character.digit(postcode.charAt(postcode.indexOf(' ') + 1), 10);
        Random unit = new Random(postcode.hashCode());
        double angle = Math.toRadians(sector * 40.0);
        double km = 0.4 * sector + unit.nextDouble() * 0.6;
        double lat = centre[0] + km * Math.cos(angle) / 111.0;
        double lon = centre[1] + km * Math.sin(angle) / (111.0 * Math.cos(Math.toRadians(centre[0])));
        return new PostcodePoint(postcode, round(lat), round(lon));
    }

    private static double[] centreOf(String district) {
        District own = BY_DISTRICT.get(district);
        if (own != null) {
            return new double[] {own.latitude(), own.longitude()};
        }
        int digits = 0;
        while (digits < district.length() && !Character.isDigit(district.charAt(digits))) {
            digits++;
        }
        Integer area = AREA_NUMBERS.get(district.substring(0, digits));
        int number = digits < district.length() ? Integer.parseInt(district.substring(digits)) : 0;
        if (area == null || number < 1 || number > PENINSULA.size()) {
            return new double[] {PENINSULA_LATITUDE, PENINSULA_LONGITUDE};
        }
        District standsFor = PENINSULA.get(number - 1);
        Area town = AREAS.get(area);
        return new double[] {town.latitude() + SCALE * (standsFor.latitude() - PENINSULA_LATITUDE),
                town.longitude() + SCALE * (standsFor.longitude() - PENINSULA_LONGITUDE)};
    }

    private static District d(String code, double latitude, double longitude) {
        return new District(code, latitude, longitude);
    }

    private static Area a(String code, double latitude, double longitude) {
        return new Area(code, latitude, longitude);
    }

    private static double round(double degrees) {
        return Math.round(degrees * 1_000_000) / 1_000_000.0;
    }
}
