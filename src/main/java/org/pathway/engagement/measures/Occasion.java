package org.pathway.engagement.measures;

/** When in the case a measure was taken. */
enum Occasion {
    BASELINE("Baseline"), REVIEW("Review"), CLOSURE("Closure");

    private final String label;

    Occasion(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
