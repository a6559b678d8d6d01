package org.pathway.engagement;

/** Whether a case is being worked. A closed case can be reopened, with a reason. */
public enum CaseStatus {
    OPEN("Open"),
    CLOSED("Closed");

    private final String label;

    CaseStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
