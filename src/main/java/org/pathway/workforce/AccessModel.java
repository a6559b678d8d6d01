package org.pathway.workforce;

/** Who a service takes: anyone with any need (open), or people who meet explicit criteria (boundaried). */
public enum AccessModel {
    OPEN("Open", "Takes anyone, with any need"),
    BOUNDARIED("Boundaried", "Takes people who meet explicit criteria");

    private final String label;
    private final String description;

    AccessModel(String label, String description) {
        this.label = label;
        this.description = description;
    }

    public String label() {
        return label;
    }

    public String description() {
        return description;
    }
}
