package org.pathway.access.referrals;

/**
 * Where a referral stands. {@link #WITHDRAWN} is not reached yet (no page withdraws a referral); it stays because
 * the table's CHECK constraint ({@code referral_status_ck}) admits it, so a stored row may hold it.
 */
public enum ReferralStatus {
    RECEIVED("Received"),
    WAITLISTED("On the waiting list"),
    ACCEPTED("Accepted"),
    DECLINED("Declined"),
    REDIRECTED("Redirected to another service"),
    WITHDRAWN("Withdrawn by the referrer");

    private final String label;

    ReferralStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Still waiting for the service to decide. */
    public boolean isOpen() {
        return this == RECEIVED || this == WAITLISTED;
    }
}
