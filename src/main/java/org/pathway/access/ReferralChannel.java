package org.pathway.access;

/**
 * How a referral came in: the staff form, the public self-referral form, an outreach list's welfare check, or a
 * FHIR ServiceRequest. FHIR intake is planned (issue 18), not built: no referral arrives by it yet, but the
 * table's CHECK constraint admits the value. Carried by the bulk-load API ({@code loading.AccessLoader}).
 */
public enum ReferralChannel {
    STAFF_FORM, SELF_REFERRAL, FHIR, OUTREACH
}
