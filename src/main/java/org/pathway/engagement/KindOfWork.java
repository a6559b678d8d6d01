package org.pathway.engagement;

/** What a contact was spent on: the core of social prescribing, or the work that crowds it out. */
public enum KindOfWork {
    CORE("Core social prescribing"),
    EMERGENCY_WELFARE("Emergency or welfare work"),
    ADMINISTRATION("Administration");

    private final String label;

    KindOfWork(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
