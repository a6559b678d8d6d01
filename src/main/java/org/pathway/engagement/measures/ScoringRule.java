package org.pathway.engagement.measures;

/** How a measure's answers become scores. Items marked "reported separately" are always scored on their own. */
enum ScoringRule {
    SUM("Total of the answers"),
    MEAN("Mean of the answers"),
    LOOKUP("Total of the answers, converted with a table (raw → metric)"),
    ITEMS("Each answer reported separately");

    private final String label;

    ScoringRule(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
