package org.pathway.access;

/**
 * What happened when someone working an outreach list called a person on a welfare check. Carried by the bulk-load
 * API ({@code loading.AccessLoader}) as well as shown on the outreach pages.
 */
public enum ContactOutcome {
    NO_ANSWER("No answer"),
    SPOKE_NO_NEEDS("Spoke to them: no support needed"),
    SPOKE_NEEDS_SUPPORT("Spoke to them: needs support"),
    DECLINED("Declined to talk"),
    WRONG_NUMBER("Wrong or unavailable number");

    private final String label;

    ContactOutcome(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
