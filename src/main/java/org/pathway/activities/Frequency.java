package org.pathway.activities;

/** How often a recurring session meets. */
public enum Frequency {
    WEEKLY("Every week"),
    FORTNIGHTLY("Every other week"),
    MONTHLY("Once a month");

    private final String label;

    Frequency(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
