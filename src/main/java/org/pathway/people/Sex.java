package org.pathway.people;

/** Person stated sex, as in the NHS Data Dictionary. */
public enum Sex {
    FEMALE("Female"), MALE("Male"), INDETERMINATE("Indeterminate"), NOT_KNOWN("Not known");

    private final String label;

    Sex(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
