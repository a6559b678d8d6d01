package org.pathway.workforce;

/** Where the money for an employing organisation's practitioners comes from. */
public enum FundingSource {
    ARRS("NHS Additional Roles Reimbursement Scheme"),
    NHS_COMMISSIONED("NHS commissioned contract"),
    LOCAL_AUTHORITY("Local authority"),
    CHARITABLE("Charitable or lottery grant"),
    MIXED("Mixed funding"),
    OTHER("Other");

    private final String label;

    FundingSource(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
