package org.pathway.access.referrals;

import java.util.Optional;
import org.pathway.access.ReferralId;
import org.springframework.stereotype.Component;

/**
 * Loads and saves referral aggregates for the access module's own services (intake, triage), keeping the
 * repository private. Saving publishes the events the referral registered. Not for other modules: they use
 * the access facades.
 */
@Component
public class ReferralAggregates {

    private final ReferralRecords records;
    private final ReferenceNumbers references;

    ReferralAggregates(ReferralRecords records, ReferenceNumbers references) {
        this.records = records;
        this.references = references;
    }

    public Optional<Referral> find(ReferralId id) {
        return records.findById(id.value());
    }

    public Referral save(Referral referral) {
        return records.save(referral);
    }

    /** Saves at once, so a second form with the same submission key fails here rather than at commit. */
    public Referral saveNow(Referral referral) {
        return records.saveAndFlush(referral);
    }

    public Optional<Referral> bySubmissionKey(String submissionKey) {
        return records.findBySubmissionKey(submissionKey);
    }

    public String nextReference() {
        return references.next();
    }
}
