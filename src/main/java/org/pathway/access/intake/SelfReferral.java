package org.pathway.access.intake;

import java.util.List;
import java.util.UUID;

/**
 * What the public self-referral form submits, as typed. {@code website} is the hidden honeypot: people never
 * see it, so a value there means a robot filled the form in. {@code gpPracticeId} is a practice's id or
 * {@link #PRACTICE_NOT_KNOWN}; {@code interpreter} is “YES” or “NO” (or nothing), {@code communicationNeeds} the
 * needs ticked (names of the form's options) and {@code otherCommunicationNeeds} any other need, in their words.
 */
record SelfReferral(
        String givenName, String familyName, String dobDay, String dobMonth, String dobYear, String postcode,
        String phone, String email, String preferredContact, String interpreter, String interpreterLanguage,
        List<String> communicationNeeds, String otherCommunicationNeeds, String gpPracticeId, List<String> needs,
        String anythingElse, Boolean consentToReferral, Boolean consentToContact, Boolean consentToShareWithGp,
        String submissionKey, String website) {

    /** The GP practice answer “I do not know, or I am not registered with a GP”. */
    public static final String PRACTICE_NOT_KNOWN = "NOT_KNOWN";

    public SelfReferral {
        communicationNeeds = communicationNeeds == null ? List.of() : List.copyOf(communicationNeeds);
        needs = needs == null ? List.of() : List.copyOf(needs);
        consentToReferral = Boolean.TRUE.equals(consentToReferral);
        consentToContact = Boolean.TRUE.equals(consentToContact);
        consentToShareWithGp = Boolean.TRUE.equals(consentToShareWithGp);
    }

    public static SelfReferral blank() {
        return new SelfReferral(null, null, null, null, null, null, null, null, null, null, null, null, null, null,
                null, null, null, null, null, UUID.randomUUID().toString(), null);
    }
}
