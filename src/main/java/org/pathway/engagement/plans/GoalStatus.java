package org.pathway.engagement.plans;

enum GoalStatus {
    ACTIVE("Working on it"), ACHIEVED("Achieved"), NO_LONGER_RELEVANT("No longer relevant");

    private final String label;

    GoalStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
