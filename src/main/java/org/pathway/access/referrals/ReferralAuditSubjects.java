package org.pathway.access.referrals;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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

/** Referrals in the audit log: "Referral PW-… for Morwenna Trelawny", and a referral number typed in its search. */
@Component
class ReferralAuditSubjects implements AuditSubjects {

    private final JdbcClient jdbc;
    private final ReferralDetails details;
    private final People people;

    ReferralAuditSubjects(JdbcClient jdbc, ReferralDetails details, People people) {
        this.jdbc = jdbc;
        this.details = details;
        this.people = people;
    }

    @Override
    @Transactional(readOnly = true)
    public Map<String, String> describe(String recordType, Collection<String> recordIds) {
        Map<String, String> out = new HashMap<>();
        List<UUID> ids = recordIds.stream().map(ReferralAuditSubjects::uuid).flatMap(Optional::stream).toList();
        if (!"referral".equals(recordType) || ids.isEmpty()) {
            return out;
        }
        Map<UUID, String[]> rows = new HashMap<>();
        jdbc.sql("SELECT id, reference, person_id FROM access.referral WHERE id IN (:ids)").param("ids", ids)
                .query(rs -> {
                    rows.put(rs.getObject("id", UUID.class), new String[] {rs.getString("reference"),
                        rs.getString("person_id")});
                });
        Map<PersonId, PersonSummary> names = people.findAll(
                rows.values().stream().map(r -> new PersonId(UUID.fromString(r[1]))).distinct().toList());
        rows.forEach((id, r) -> {
            PersonSummary person = names.get(new PersonId(UUID.fromString(r[1])));
            out.put(id.toString(), "Referral " + r[0] + (person == null ? "" : " for " + person.fullName()));
        });
        return out;
    }

    @Override
    public List<Subject> find(String typed) {
        return details.withReference(typed).map(ReferralId::value)
                .map(id -> List.of(new Subject("referral", id.toString()))).orElse(List.of());
    }

    static Optional<UUID> uuid(String value) {
        try {
            return Optional.of(UUID.fromString(value));
        } catch (IllegalArgumentException | NullPointerException notAnId) {
            return Optional.empty();
        }
    }
}
