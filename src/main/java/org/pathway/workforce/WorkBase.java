package org.pathway.workforce;

/** Where a practitioner is based most of the time. */
public enum WorkBase {
    GP_PRACTICE("A GP practice"),
    OFFICE("Their employer's office"),
    COMMUNITY("Out in the community"),
    REMOTE("Remote, from home");

    private final String label;

    WorkBase(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
