package org.pathway.demo;

import java.util.Arrays;
import java.util.Locale;

/**
 * How big a demo to generate (PRODUCT.md §6). {@code ics} is the seeds' Integrated Care System in the South
 * West of England. The generator spreads practices and practitioners by these counts; a national size
 * (about 1,250 PCNs, 6,300 practices, 3,500 practitioners) adds a constant, a geography of 42 ICSs in place of
 * {@link SouthWest}, and loading with PostgreSQL COPY.
 */
enum DemoSize {

    /** The seeds' ICS: 5 localities, 31 PCNs, 131 GP practices, about 85 practitioners. */
    ICS(5, 31, 131, 85, 10);

    private final int localities;
    private final int pcns;
    private final int practices;
    private final int practitioners;
    private final int providers;

    DemoSize(int localities, int pcns, int practices, int practitioners, int providers) {
        this.localities = localities;
        this.pcns = pcns;
        this.practices = practices;
        this.practitioners = practitioners;
        this.providers = providers;
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
}
