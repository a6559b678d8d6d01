package org.pathway.partnerships;

/** What an agreement between organisations covers. */
public enum AgreementKind {
    REFERRAL_PATHWAY("Referral pathway"),
    DATA_SHARING("Data sharing"),
    SUBCONTRACT("Subcontract");

    private final String label;

    AgreementKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
