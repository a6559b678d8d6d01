package org.pathway.access.referrals;

import java.util.Optional;
import org.pathway.access.ReferralId;
import org.springframework.stereotype.Component;

/**
 * Loads and saves referral aggregates for the access module's own services (triage). Saving publishes the
 * events the referral registered. Not for other modules: they use the access facades.
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

    public String nextReference() {
        return references.next();
    }
}
