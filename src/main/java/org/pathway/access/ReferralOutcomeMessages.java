package org.pathway.access;

import java.time.Instant;
import java.util.List;

/**
 * The messages sent back to the GP and the referrer about a referral once the work with the person ends. Access
 * declares this port and shows what it returns on the referrer's referral page; the engagement module, which
 * depends on access and not the other way round, implements it. Callers have already checked that the user may
 * see the referral.
 */
public interface ReferralOutcomeMessages {

    /** Every message issued about the referral, newest first. */
    List<OutcomeMessage> forReferral(ReferralId referral);

    /**
     * A message: SNOMED CT codes always; a summary of the support and outcomes only when the person consented to
     * share with their GP.
     */
    record OutcomeMessage(String closureReason, List<Code> codes, String summary, Instant issuedAt) {

        public boolean codesOnly() {
            return summary == null;
        }
    }

    record Code(String code, String term) {}
}
