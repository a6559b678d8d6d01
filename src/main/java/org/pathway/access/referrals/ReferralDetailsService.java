package org.pathway.access.referrals;

import java.util.Optional;
import org.pathway.access.ReferralDetails;
import org.pathway.access.ReferralId;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class ReferralDetailsService implements ReferralDetails {

    private final ReferralRepository records;
    private final org.springframework.jdbc.core.simple.JdbcClient jdbc;

    ReferralDetailsService(ReferralRepository records, org.springframework.jdbc.core.simple.JdbcClient jdbc) {
        this.records = records;
        this.jdbc = jdbc;
    }

    @Override
    @Transactional(readOnly = true)
    public java.util.List<Accepted> accepted(java.util.Collection<java.util.UUID> services) {
        return jdbc.sql("""
                SELECT r.id, r.person_id, r.service_id, r.allocated_practitioner_id, r.received_at, r.decided_at,
                       r.urgent, r.risk_flags, r.safeguarding_concern, r.needs,
                       (SELECT c.changed_by FROM access.referral_status_change c
                        WHERE c.referral_id = r.id AND c.to_status = 'ACCEPTED' LIMIT 1) AS accepted_by
                FROM access.referral r WHERE r.status = 'ACCEPTED' AND r.service_id = ANY (?)
                ORDER BY r.decided_at, r.id""")
                .param(services.toArray(java.util.UUID[]::new))
                .query((rs, n) -> new Accepted(new ReferralId(rs.getObject("id", java.util.UUID.class)),
                        rs.getObject("person_id", java.util.UUID.class), rs.getObject("service_id", java.util.UUID.class),
                        rs.getObject("allocated_practitioner_id", java.util.UUID.class),
                        rs.getTimestamp("received_at").toInstant(), rs.getTimestamp("decided_at").toInstant(),
                        rs.getString("accepted_by"), rs.getBoolean("urgent"),
                        enums(rs.getArray("risk_flags"), org.pathway.shared.ExclusionFlag.class),
                        rs.getBoolean("safeguarding_concern"), enums(rs.getArray("needs"), org.pathway.shared.Need.class)))
                .list();
    }

    private static <E extends Enum<E>> java.util.Set<E> enums(java.sql.Array array, Class<E> type)
            throws java.sql.SQLException {
        java.util.EnumSet<E> set = java.util.EnumSet.noneOf(type);
        if (array != null) {
            for (String s : (String[]) array.getArray()) {
                set.add(Enum.valueOf(type, s));
            }
        }
        return set;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<ReferralId> withReference(String reference) {
        if (reference == null) {
            return Optional.empty();
        }
        String compact = reference.replaceAll("[\\s-]", "").toUpperCase(java.util.Locale.UK);
        String normalised = compact.startsWith("PW") && compact.length() == 10 ? "PW-" + compact.substring(2)
                : compact.length() == 8 ? "PW-" + compact : null;
        if (normalised == null) {
            return Optional.empty();
        }
        return jdbc.sql("SELECT id FROM access.referral WHERE reference = ?").param(normalised)
                .query((rs, n) -> new ReferralId(rs.getObject("id", java.util.UUID.class))).optional();
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Summary> summary(ReferralId id) {
        return records.findById(id.value()).map(r -> new Summary(r.referralId(), r.reference(), r.personId(),
                r.serviceId(), r.source(), r.referrerName(), r.needs(), r.context(), r.urgent(), r.riskFlags(),
                r.safeguardingConcern(), r.readyToWorkOnGoals(), r.consentToShareWithGp(), r.receivedAt(),
                r.decidedAt(), r.outsideCriteriaReason()));
    }

    @Override
    @Transactional(readOnly = true)
    public java.util.Map<ReferralId, String> references(java.util.Collection<ReferralId> ids) {
        java.util.Map<ReferralId, String> out = new java.util.HashMap<>();
        if (ids.isEmpty()) {
            return out;
        }
        jdbc.sql("SELECT id, reference FROM access.referral WHERE id IN (:ids)")
                .param("ids", ids.stream().map(ReferralId::value).toList())
                .query(rs -> {
                    out.put(new ReferralId(rs.getObject("id", java.util.UUID.class)), rs.getString("reference"));
                });
        return out;
    }
}
