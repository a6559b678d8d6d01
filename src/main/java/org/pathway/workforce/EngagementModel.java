package org.pathway.workforce;

/** How long the one-to-one work lasts: open-ended and reviewed (relational), or a fixed number of sessions. */
public enum EngagementModel {
    RELATIONAL("Relational", "Open-ended support, reviewed at a set interval"),
    TRANSACTIONAL("Transactional", "A fixed number of sessions");

    private final String label;
    private final String description;

    EngagementModel(String label, String description) {
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
