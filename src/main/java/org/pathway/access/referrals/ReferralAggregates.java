package org.pathway.access.referrals;

import java.util.Optional;
import org.pathway.access.ReferralId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Loads and saves referral aggregates for the access module's other feature packages (intake, triage), which cannot
 * see the package-private {@link ReferralRepository}. Saving publishes the events the referral registered. Not for
 * other modules: they use the access facades.
 */
@Component
public class ReferralAggregates {

    private final ReferralRepository records;
    private final ReferenceNumbers references;
    private final JdbcClient jdbc;

    ReferralAggregates(ReferralRepository records, ReferenceNumbers references, JdbcClient jdbc) {
        this.records = records;
        this.references = references;
        this.jdbc = jdbc;
    }

    /** A referral already sent with this one-time form key: its id and reference. */
    public record Submitted(ReferralId referralId, String reference) {}

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

    public Optional<Submitted> bySubmissionKey(String submissionKey) {
        return jdbc.sql("SELECT id, reference FROM access.referral WHERE submission_key = ?")
                .param(submissionKey)
                .query((rs, n) -> new Submitted(new ReferralId(rs.getObject("id", java.util.UUID.class)),
                        rs.getString("reference")))
                .optional();
    }

    public String nextReference() {
        return references.next();
    }
}
