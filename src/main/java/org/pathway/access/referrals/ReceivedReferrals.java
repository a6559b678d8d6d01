package org.pathway.access.referrals;

import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** Stores and finds referral aggregates for the intake channels, keeping the repository itself private. */
@Component
public class ReceivedReferrals {

    private final ReferralRecords records;

    ReceivedReferrals(ReferralRecords records) {
        this.records = records;
    }

    /** Saves at once, so a second form with the same submission key fails here rather than at commit. */
    public Referral save(Referral referral) {
        return records.saveAndFlush(referral);
    }

    public Optional<Referral> find(UUID id) {
        return records.findById(id);
    }

    public Optional<Referral> bySubmissionKey(String submissionKey) {
        return records.findBySubmissionKey(submissionKey);
    }
}
