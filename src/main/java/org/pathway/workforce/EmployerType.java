package org.pathway.workforce;

/** The kind of organisation that employs social-prescribing practitioners. */
public enum EmployerType {
    PCN("Primary Care Network"),
    VCSE("Voluntary, community or social enterprise (VCSE)"),
    NHS_TRUST("NHS trust"),
    LOCAL_AUTHORITY("Local authority"),
    OTHER("Other");

    private final String label;

    EmployerType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
