package org.pathway.demo;

import java.util.Map;
import java.util.Random;
import org.pathway.activities.DirectoryLoader.PostcodePoint;

/**
 * Coordinates for the demo's postcodes: each postcode district sits at its town's real approximate position,
 * sectors spread around it and units jitter within a few hundred metres. Deterministic, so the same postcode
 * always lands in the same place, whichever record uses it.
 */
final class DemoPostcodes {

    private DemoPostcodes() {}

    private static final Map<String, double[]> DISTRICTS = Map.ofEntries(
            Map.entry("TR1", new double[] {50.263, -5.051}), Map.entry("TR2", new double[] {50.255, -4.990}),
            Map.entry("TR3", new double[] {50.220, -5.080}), Map.entry("TR4", new double[] {50.290, -5.140}),
            Map.entry("TR10", new double[] {50.169, -5.107}), Map.entry("TR11", new double[] {50.154, -5.071}),
            Map.entry("TR18", new double[] {50.118, -5.537}), Map.entry("TR19", new double[] {50.080, -5.620}),
            Map.entry("TR20", new double[] {50.130, -5.460}), Map.entry("TR26", new double[] {50.211, -5.480}),
            Map.entry("TR14", new double[] {50.213, -5.300}), Map.entry("TR15", new double[] {50.233, -5.226}),
            Map.entry("TR16", new double[] {50.240, -5.190}), Map.entry("PL25", new double[] {50.340, -4.790}),
            Map.entry("PL26", new double[] {50.320, -4.850}), Map.entry("TR7", new double[] {50.415, -5.073}),
            Map.entry("TR8", new double[] {50.400, -5.020}), Map.entry("PL14", new double[] {50.455, -4.465}),
            Map.entry("PL12", new double[] {50.408, -4.210}), Map.entry("PL13", new double[] {50.354, -4.454}),
            Map.entry("EX23", new double[] {50.829, -4.543}), Map.entry("PL15", new double[] {50.637, -4.360}),
            Map.entry("PL27", new double[] {50.517, -4.835}), Map.entry("PL5", new double[] {50.410, -4.170}),
            Map.entry("PL6", new double[] {50.420, -4.110}), Map.entry("PL1", new double[] {50.370, -4.150}),
            Map.entry("PL2", new double[] {50.385, -4.155}), Map.entry("PL4", new double[] {50.375, -4.125}),
            Map.entry("PL3", new double[] {50.390, -4.130}), Map.entry("PL9", new double[] {50.355, -4.090}),
            Map.entry("PL7", new double[] {50.386, -4.051}), Map.entry("PL19", new double[] {50.550, -4.144}),
            Map.entry("PL20", new double[] {50.500, -4.100}), Map.entry("PL21", new double[] {50.390, -3.920}),
            Map.entry("PL8", new double[] {50.330, -3.980}), Map.entry("EX1", new double[] {50.725, -3.510}),
            Map.entry("EX2", new double[] {50.710, -3.530}), Map.entry("EX4", new double[] {50.730, -3.540}),
            Map.entry("EX8", new double[] {50.620, -3.413}), Map.entry("EX10", new double[] {50.680, -3.239}),
            Map.entry("EX11", new double[] {50.752, -3.279}), Map.entry("EX14", new double[] {50.799, -3.188}),
            Map.entry("EX13", new double[] {50.781, -2.995}), Map.entry("EX12", new double[] {50.705, -3.070}),
            Map.entry("EX16", new double[] {50.903, -3.488}), Map.entry("EX15", new double[] {50.857, -3.392}),
            Map.entry("EX17", new double[] {50.791, -3.656}), Map.entry("TQ1", new double[] {50.465, -3.520}),
            Map.entry("TQ2", new double[] {50.470, -3.550}), Map.entry("TQ3", new double[] {50.435, -3.564}),
            Map.entry("TQ4", new double[] {50.420, -3.570}), Map.entry("TQ5", new double[] {50.394, -3.515}),
            Map.entry("TQ12", new double[] {50.529, -3.610}), Map.entry("TQ14", new double[] {50.547, -3.497}),
            Map.entry("EX7", new double[] {50.580, -3.466}), Map.entry("TQ9", new double[] {50.431, -3.686}),
            Map.entry("TQ7", new double[] {50.284, -3.777}), Map.entry("TQ6", new double[] {50.351, -3.579}),
            Map.entry("EX31", new double[] {51.080, -4.058}), Map.entry("EX32", new double[] {51.070, -4.030}),
            Map.entry("EX39", new double[] {51.016, -4.208}), Map.entry("EX38", new double[] {50.951, -4.143}),
            Map.entry("EX22", new double[] {50.813, -4.352}), Map.entry("EX34", new double[] {51.208, -4.122}),
            Map.entry("EX33", new double[] {51.108, -4.161}));

    /** Where a demo postcode is, e.g. "TR1 3QN": its district's centre, plus sector and unit offsets. */
    static PostcodePoint locate(String postcode) {
        String district = postcode.substring(0, postcode.indexOf(' '));
        double[] centre = DISTRICTS.getOrDefault(district, new double[] {50.5, -4.0});
        int sector = Character.digit(postcode.charAt(postcode.indexOf(' ') + 1), 10);
        Random unit = new Random(postcode.hashCode());
        double angle = Math.toRadians(sector * 40.0);
        double km = 0.4 * sector + unit.nextDouble() * 0.6;
        double lat = centre[0] + km * Math.cos(angle) / 111.0;
        double lon = centre[1] + km * Math.sin(angle) / (111.0 * Math.cos(Math.toRadians(centre[0])));
        return new PostcodePoint(postcode, round(lat), round(lon));
    }

    private static double round(double degrees) {
        return Math.round(degrees * 1_000_000) / 1_000_000.0;
    }
}
