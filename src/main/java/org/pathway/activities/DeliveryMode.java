package org.pathway.activities;

/** How an activity is delivered. */
public enum DeliveryMode {
    IN_PERSON("In person"),
    ONLINE("Online"),
    PHONE("By phone"),
    HYBRID("In person and online");

    private final String label;

    DeliveryMode(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
