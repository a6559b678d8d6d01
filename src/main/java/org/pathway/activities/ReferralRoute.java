package org.pathway.activities;

/** Whether a practitioner only signposts people to the listing or refers them directly to its provider. */
public enum ReferralRoute {
    SIGNPOSTING("Signposting only"),
    DIRECT_REFERRAL("Direct referral");

    private final String label;

    ReferralRoute(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
