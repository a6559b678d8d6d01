package org.pathway.engagement.cases;

import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.pathway.access.ReferralCases;
import org.pathway.access.ReferralId;
import org.pathway.engagement.ClosureReason;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The engagement side of access's {@link ReferralCases} port: each referral's case, read from this module's own
 * tables. Access has already checked the user may see the referrals; only the case's state leaves this module.
 */
@Component
class CaseReferralCases implements ReferralCases {

    private final JdbcClient jdbc;
    private final CaseAccess access;

    CaseReferralCases(JdbcClient jdbc, CaseAccess access) {
        this.jdbc = jdbc;
        this.access = access;
    }

    @Override
    public java.util.Set<UUID> openableBy(Collection<UUID> cases, org.pathway.governance.PathwayUser user) {
        return cases.stream().filter(id -> access.mayView(id, user)).collect(java.util.stream.Collectors.toSet());
    }

    @Override
    @Transactional(readOnly = true)
    public Map<ReferralId, CaseState> casesFor(Collection<ReferralId> referrals) {
        Map<ReferralId, CaseState> cases = new LinkedHashMap<>();
        if (referrals.isEmpty()) {
            return cases;
        }
        jdbc.sql("""
                SELECT c.id, c.referral_id, c.service_id, c.practitioner_id, c.status, c.opened_at, c.closed_at,
                       c.closure_reason,
                       (SELECT changed_by FROM engagement.case_change ch WHERE ch.case_id = c.id AND ch.kind = 'CLOSED'
                        ORDER BY ch.changed_at DESC, ch.id DESC LIMIT 1) AS closed_by
                FROM engagement.case_episode c WHERE c.referral_id = ANY (?)""")
                .param(referrals.stream().map(ReferralId::value).distinct().toArray(UUID[]::new))
                .query(rs -> {
                    boolean open = "OPEN".equals(rs.getString("status"));
                    String reason = rs.getString("closure_reason");
                    OffsetDateTime closedAt = rs.getObject("closed_at", OffsetDateTime.class);
                    ReferralId referral = new ReferralId(rs.getObject("referral_id", UUID.class));
                    cases.put(referral, new CaseState(referral, rs.getObject("id", UUID.class),
                            rs.getObject("service_id", UUID.class), rs.getObject("practitioner_id", UUID.class), open,
                            rs.getObject("opened_at", OffsetDateTime.class).toInstant(),
                            open || closedAt == null ? null : closedAt.toInstant(),
                            open || reason == null ? null : ClosureReason.valueOf(reason).label(),
                            open ? null : rs.getString("closed_by")));
                });
        return cases;
    }

    @Override
    @Transactional(readOnly = true)
    public List<CaseStep> caseHistory(ReferralId referral) {
        return jdbc.sql("""
                SELECT ch.kind, ch.reason, ch.changed_at, ch.changed_by
                FROM engagement.case_change ch JOIN engagement.case_episode c ON c.id = ch.case_id
                WHERE c.referral_id = ? AND ch.kind IN ('OPENED', 'CLOSED', 'REOPENED')
                ORDER BY ch.changed_at, ch.id""")
                .param(referral.value())
                .query((rs, n) -> {
                    String kind = rs.getString("kind");
                    String what = switch (kind) {
                        case "OPENED" -> "Case opened";
                        case "CLOSED" -> "Case closed";
                        default -> "Case reopened";
                    };
                    // Only the closure's reason leaves the module: the closing note and the reason for reopening
                    // are the practitioner's words about the person, for the case record only.
                    String reason = "CLOSED".equals(kind) ? closureReasonOf(rs.getString("reason")) : null;
                    return new CaseStep(rs.getObject("changed_at", OffsetDateTime.class).toInstant(), what, reason,
                            rs.getString("changed_by"));
                })
                .list();
    }

    /** The closure reason a closing change starts with (its label, before any note). */
    private static String closureReasonOf(String recorded) {
        if (recorded == null) {
            return null;
        }
        for (ClosureReason reason : ClosureReason.values()) {
            if (recorded.equals(reason.label()) || recorded.startsWith(reason.label() + ":")) {
                return reason.label();
            }
        }
        return null;
    }
}
