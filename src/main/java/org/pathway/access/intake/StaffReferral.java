package org.pathway.access.intake;

import java.util.List;
import java.util.UUID;

/**
 * What the staff referral form submits, as typed: every value is text (or ticked boxes) so that whatever was
 * typed comes back to the form after a problem. {@link ReferralIntake} checks it and says what is wrong, field
 * by field, in the order the form asks. {@code serviceId} is a service's id or {@link #ICS_ROUTES}.
 * {@code personChoice} answers "is this the same person?" (a person's id, or {@link #NEW_PERSON}).
 */
record StaffReferral(
        String givenName, String familyName, String dobDay, String dobMonth, String dobYear, String nhsNumber,
        String sex, String gender, String ethnicCategory, String postcode, String phone, String email,
        String preferredContact, String communicationNeeds, String interpreterLanguage, String gpPracticeId,
        String source, List<String> needs, String context, String urgent, List<String> riskFlags,
        String safeguardingConcern, String readyToWorkOnGoals, Boolean consentToReferral, Boolean consentToContact,
        Boolean consentToShareWithGp, String serviceId, String submissionKey, String personChoice) {

    /** The target-service value meaning "let the ICS route it". */
    public static final String ICS_ROUTES = "ICS";
    public static final String NEW_PERSON = "NEW";

    public StaffReferral {
        needs = needs == null ? List.of() : List.copyOf(needs);
        riskFlags = riskFlags == null ? List.of() : List.copyOf(riskFlags);
        consentToReferral = Boolean.TRUE.equals(consentToReferral);
        consentToContact = Boolean.TRUE.equals(consentToContact);
        consentToShareWithGp = Boolean.TRUE.equals(consentToShareWithGp);
    }

    /** An empty form with a fresh one-time submission key. */
    public static StaffReferral blank() {
        return new StaffReferral(null, null, null, null, null, null, null, null, null, null, null, null, null, null,
                null, null, null, null, null, "false", null, "false", "UNKNOWN", null, null, null, ICS_ROUTES,
                UUID.randomUUID().toString(), null);
    }
}
