package org.pathway.demo;

import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.pathway.activities.loading.DirectoryLoader.PostcodePoint;

/**
 * Coordinates for the demo's postcodes: each postcode district sits at its town's real approximate position,
 * sectors spread around it and units jitter within a few hundred metres. Deterministic, so the same postcode
 * always lands in the same place, whichever record uses it. The national demo's further ICSs each have a real
 * postcode area of their own elsewhere in England.
 */
final class DemoPostcodes {

    private DemoPostcodes() {}

    /** The seeds' ICS: its real postcode districts at their towns' approximate positions, in a fixed order. */
    private static final List<Place> PENINSULA = List.of(
            at("TR1", 50.263, -5.051), at("TR2", 50.255, -4.990), at("TR3", 50.220, -5.080),
            at("TR4", 50.290, -5.140), at("TR10", 50.169, -5.107), at("TR11", 50.154, -5.071),
            at("TR18", 50.118, -5.537), at("TR19", 50.080, -5.620), at("TR20", 50.130, -5.460),
            at("TR26", 50.211, -5.480), at("TR14", 50.213, -5.300), at("TR15", 50.233, -5.226),
            at("TR16", 50.240, -5.190), at("PL25", 50.340, -4.790), at("PL26", 50.320, -4.850),
            at("TR7", 50.415, -5.073), at("TR8", 50.400, -5.020), at("PL14", 50.455, -4.465),
            at("PL12", 50.408, -4.210), at("PL13", 50.354, -4.454), at("EX23", 50.829, -4.543),
            at("PL15", 50.637, -4.360), at("PL27", 50.517, -4.835), at("PL5", 50.410, -4.170),
            at("PL6", 50.420, -4.110), at("PL1", 50.370, -4.150), at("PL2", 50.385, -4.155),
            at("PL4", 50.375, -4.125), at("PL3", 50.390, -4.130), at("PL9", 50.355, -4.090),
            at("PL7", 50.386, -4.051), at("PL19", 50.550, -4.144), at("PL20", 50.500, -4.100),
            at("PL21", 50.390, -3.920), at("PL8", 50.330, -3.980), at("EX1", 50.725, -3.510),
            at("EX2", 50.710, -3.530), at("EX4", 50.730, -3.540), at("EX8", 50.620, -3.413),
            at("EX10", 50.680, -3.239), at("EX11", 50.752, -3.279), at("EX14", 50.799, -3.188),
            at("EX13", 50.781, -2.995), at("EX12", 50.705, -3.070), at("EX16", 50.903, -3.488),
            at("EX15", 50.857, -3.392), at("EX17", 50.791, -3.656), at("TQ1", 50.465, -3.520),
            at("TQ2", 50.470, -3.550), at("TQ3", 50.435, -3.564), at("TQ4", 50.420, -3.570),
            at("TQ5", 50.394, -3.515), at("TQ12", 50.529, -3.610), at("TQ14", 50.547, -3.497),
            at("EX7", 50.580, -3.466), at("TQ9", 50.431, -3.686), at("TQ7", 50.284, -3.777),
            at("TQ6", 50.351, -3.579), at("EX31", 51.080, -4.058), at("EX32", 51.070, -4.030),
            at("EX39", 51.016, -4.208), at("EX38", 50.951, -4.143), at("EX22", 50.813, -4.352),
            at("EX34", 51.208, -4.122), at("EX33", 51.108, -4.161));

    /**
     * Where the national demo's further ICSs are, in order (ICS 2 first): a real postcode area each, at its main
     * town. An ICS there is the seeds' ICS drawn to {@value #SCALE} of its size around that town, with district
     * {@code n} of the area standing for the seeds' district {@code n} in {@link #PENINSULA}'s order, so the 42
     * ICSs spread over England as real ones do instead of all lying on top of Devon and Cornwall.
     */
    private static final List<Place> AREAS = List.of(
            at("BS", 51.454, -2.588), at("OX", 51.752, -1.258), at("NE", 54.978, -1.618), at("NR", 52.63, 1.297),
            at("M", 53.481, -2.242), at("SO", 50.91, -1.404), at("LS", 53.801, -1.549), at("B", 52.486, -1.89),
            at("CT", 51.28, 1.08), at("NG", 52.954, -1.158), at("L", 53.408, -2.992), at("CB", 52.205, 0.122),
            at("GL", 51.864, -2.244), at("S", 53.381, -1.47), at("BN", 50.822, -0.137), at("YO", 53.96, -1.082),
            at("LE", 52.637, -1.139), at("PO", 50.805, -1.087), at("PR", 53.763, -2.703), at("IP", 52.057, 1.148),
            at("SP", 51.069, -1.795), at("ST", 53.003, -2.179), at("CM", 51.736, 0.469), at("TS", 54.574, -1.235),
            at("CV", 52.407, -1.512), at("RG", 51.454, -0.978), at("LN", 53.231, -0.541), at("CH", 53.193, -2.893),
            at("DT", 50.715, -2.437), at("PE", 52.573, -0.241), at("HU", 53.745, -0.336), at("WR", 52.192, -2.22),
            at("ME", 51.272, 0.529), at("SG", 51.903, -0.202), at("SY", 52.708, -2.754), at("CA", 54.892, -2.933),
            at("SS", 51.538, 0.714), at("GU", 51.236, -0.57), at("NN", 52.237, -0.895), at("HR", 52.057, -2.716),
            at("CO", 51.896, 0.892));

    private static final double SCALE = 0.35;
    private static final double PENINSULA_LATITUDE = 50.6;
    private static final double PENINSULA_LONGITUDE = -4.3;
    private static final Map<String, Place> BY_DISTRICT = PENINSULA.stream()
            .collect(Collectors.toUnmodifiableMap(Place::code, d -> d));
    private static final Map<String, Integer> AREA_NUMBERS = IntStream.range(0, AREAS.size()).boxed()
            .collect(Collectors.toUnmodifiableMap(i -> AREAS.get(i).code(), i -> i));

    /** A postcode district or area (its code) and where its town is. */
    private record Place(String code, double latitude, double longitude) {}

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
            throw new IllegalArgumentException("The demo geography has room for " + icsCount() + " ICSs, not "
                    + (ics + 1));
        }
        Place district = BY_DISTRICT.get(peninsulaDistrict);
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
        Place own = BY_DISTRICT.get(district);
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
        Place standsFor = PENINSULA.get(number - 1);
        Place town = AREAS.get(area);
        return new double[] {town.latitude() + SCALE * (standsFor.latitude() - PENINSULA_LATITUDE),
                town.longitude() + SCALE * (standsFor.longitude() - PENINSULA_LONGITUDE)};
    }

    private static Place at(String code, double latitude, double longitude) {
        return new Place(code, latitude, longitude);
    }

    private static double round(double degrees) {
        return Math.round(degrees * 1_000_000) / 1_000_000.0;
    }
}
