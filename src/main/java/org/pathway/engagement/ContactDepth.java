package org.pathway.engagement;

/** How deep the work of a contact went, on the continuum from signposting to holistic goal-based support. */
public enum ContactDepth {
    SIGNPOSTING("Signposting"),
    LIGHT("Light"),
    HOLISTIC("Holistic");

    private final String label;

    ContactDepth(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
