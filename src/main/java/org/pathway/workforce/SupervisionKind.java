package org.pathway.workforce;

/** The kinds of supervision a link worker has; each service states how often it requires each. */
public enum SupervisionKind {
    CLINICAL("Clinical", "With a clinician: the people and needs referred, risk and safeguarding"),
    MANAGERIAL("Managerial", "With their line manager: caseload, workload and remit"),
    PEER("Peer", "With other link workers, often across employers");

    private final String label;
    private final String description;

    SupervisionKind(String label, String description) {
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
