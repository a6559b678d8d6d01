package org.pathway.workforce;

/** How an employing organisation holds its practitioners: employed directly, sub-contracted, or both. */
public enum Contracting {
    DIRECT("Direct", "Employs and manages its own practitioners"),
    SUB_CONTRACTED("Sub-contracted", "Provides practitioners under a contract with PCNs or commissioners"),
    MIXED("Mixed", "Some practitioners employed directly, others sub-contracted");

    private final String label;
    private final String description;

    Contracting(String label, String description) {
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
