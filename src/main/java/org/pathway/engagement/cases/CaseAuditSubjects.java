package org.pathway.engagement.cases;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.pathway.access.ReferralDetails;
import org.pathway.access.ReferralId;
import org.pathway.governance.AuditSubjects;
import org.pathway.people.People;
import org.pathway.people.PersonId;
import org.pathway.people.PersonSummary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Cases in the audit log: "Case of Morwenna Trelawny (referral PW-…)"; a referral number typed in its search finds
 * the entries about the case opened from that referral as well.
 */
@Component
class CaseAuditSubjects implements AuditSubjects {

    private final JdbcClient jdbc;
    private final ReferralDetails referrals;
    private final People people;

    CaseAuditSubjects(JdbcClient jdbc, ReferralDetails referrals, People people) {
        this.jdbc = jdbc;
        this.referrals = referrals;
        this.people = people;
    }

    @Override
    @Transactional(readOnly = true)
    public Map<String, String> describe(String recordType, Collection<String> recordIds) {
        Map<String, String> out = new HashMap<>();
        List<UUID> ids = recordIds.stream().map(CaseAuditSubjects::uuid).filter(java.util.Objects::nonNull).toList();
        if (!"case".equals(recordType) || ids.isEmpty()) {
            return out;
        }
        Map<UUID, UUID[]> rows = new HashMap<>();
        jdbc.sql("SELECT id, person_id, referral_id FROM engagement.case_episode WHERE id IN (:ids)").param("ids", ids)
                .query(rs -> {
                    rows.put(rs.getObject("id", UUID.class), new UUID[] {rs.getObject("person_id", UUID.class),
                        rs.getObject("referral_id", UUID.class)});
                });
        Map<PersonId, PersonSummary> names = people.findAll(
                rows.values().stream().map(r -> new PersonId(r[0])).distinct().toList());
        Map<ReferralId, String> references = referrals.references(
                rows.values().stream().map(r -> new ReferralId(r[1])).distinct().toList());
        rows.forEach((id, r) -> {
            PersonSummary person = names.get(new PersonId(r[0]));
            String reference = references.get(new ReferralId(r[1]));
            out.put(id.toString(), "Case of " + (person == null ? "an unknown person" : person.fullName())
                    + (reference == null ? "" : " (referral " + reference + ")"));
        });
        return out;
    }

    @Override
    @Transactional(readOnly = true)
    public List<Subject> find(String typed) {
        return referrals.withReference(typed).map(referral -> jdbc.sql(
                        "SELECT id FROM engagement.case_episode WHERE referral_id = ?").param(referral.value())
                .query(UUID.class).list().stream().map(id -> new Subject("case", id.toString())).toList())
                .orElse(List.of());
    }

    private static UUID uuid(String value) {
        try {
            return UUID.fromString(value);
        } catch (IllegalArgumentException | NullPointerException notAnId) {
            return null;
        }
    }
}
