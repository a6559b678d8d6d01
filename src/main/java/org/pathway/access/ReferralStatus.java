package org.pathway.access;

/**
 * Where a referral stands. The FHIR Task status each maps to is given for the closed-loop API
 * (HL7 SDOH Clinical Care: requested, accepted, rejected, on-hold, cancelled...).
 */
public enum ReferralStatus {
    RECEIVED("Received", "requested"),
    WAITLISTED("On the waiting list", "on-hold"),
    ACCEPTED("Accepted", "accepted"),
    DECLINED("Declined", "rejected"),
    REDIRECTED("Redirected to another service", "rejected"),
    WITHDRAWN("Withdrawn by the referrer", "cancelled");

    private final String label;
    private final String fhirTaskStatus;

    ReferralStatus(String label, String fhirTaskStatus) {
        this.label = label;
        this.fhirTaskStatus = fhirTaskStatus;
    }

    public String label() {
        return label;
    }

    public String fhirTaskStatus() {
        return fhirTaskStatus;
    }

    /** Still waiting for the service to decide. */
    public boolean isOpen() {
        return this == RECEIVED || this == WAITLISTED;
    }
}
