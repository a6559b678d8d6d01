package org.pathway.demo;

import java.util.Arrays;
import java.util.Locale;

/**
 * How big a demo to generate. {@code ics} is the seeds' Integrated Care System in the South
 * West of England. {@code national} is England: 42 ICSs, each generated like the seeds' one from its own seed
 * (so 1,302 PCNs, 6,300 GP practices and 3,486 practitioners), each with its own two years of activity.
 */
enum DemoSize {

    /** The seeds' ICS: 5 localities, 31 PCNs, 131 GP practices, about 85 practitioners. */
    ICS(5, 31, 131, 85, 10, 1),

    /** England: 42 ICSs shaped like the seeds' one, with 150 practices and 83 practitioners each. */
    NATIONAL(5, 31, 150, 83, 10, 42);

    private final int localities;
    private final int pcns;
    private final int practices;
    private final int practitioners;
    private final int providers;
    private final int icss;

    DemoSize(int localities, int pcns, int practices, int practitioners, int providers, int icss) {
        this.localities = localities;
        this.pcns = pcns;
        this.practices = practices;
        this.practitioners = practitioners;
        this.providers = providers;
        this.icss = icss;
    }

    /** The size named by {@code pathway.demo.size}, e.g. "ics". */
    static DemoSize named(String name) {
        return Arrays.stream(values())
                .filter(size -> size.name().equalsIgnoreCase(name.strip()))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Unknown pathway.demo.size '" + name + "': use one of "
                        + Arrays.stream(values()).map(v -> v.name().toLowerCase(Locale.UK)).toList()));
    }

    int localities() {
        return localities;
    }

    int pcns() {
        return pcns;
    }

    int practices() {
        return practices;
    }

    int practitioners() {
        return practitioners;
    }

    int providers() {
        return providers;
    }

    /** How many ICSs: each has the localities, PCNs, practices and practitioners above. */
    int icss() {
        return icss;
    }
}
