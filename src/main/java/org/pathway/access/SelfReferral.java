package org.pathway.access;

import java.util.List;
import java.util.UUID;

/**
 * What the public self-referral form submits, as typed. {@code website} is the hidden honeypot: people never
 * see it, so a value there means a robot filled the form in.
 */
public record SelfReferral(
        String givenName, String familyName, String dobDay, String dobMonth, String dobYear, String postcode,
        String phone, String email, String preferredContact, String gpPracticeId, List<String> needs,
        String anythingElse, Boolean consentToReferral, Boolean consentToContact, Boolean consentToShareWithGp,
        String submissionKey, String website) {

    public SelfReferral {
        needs = needs == null ? List.of() : List.copyOf(needs);
        consentToReferral = Boolean.TRUE.equals(consentToReferral);
        consentToContact = Boolean.TRUE.equals(consentToContact);
        consentToShareWithGp = Boolean.TRUE.equals(consentToShareWithGp);
    }

    public static SelfReferral blank() {
        return new SelfReferral(null, null, null, null, null, null, null, null, null, null, null, null, null, null,
                null, UUID.randomUUID().toString(), null);
    }
}
