package org.pathway.activities.connections;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.pathway.engagement.CaseSummary;
import org.pathway.governance.AuditLog;
import org.pathway.governance.PathwayUser;
import org.pathway.platform.Text;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Unmet needs recorded on a case when nothing suitable exists: recording one, and a case's list. */
@Service
class UnmetNeeds {

    enum Reason {
        NOTHING_EXISTS("Nothing suitable exists"), PROVIDER_FULL("Providers are full"),
        NOT_ACCESSIBLE("Not accessible to the person"), TOO_FAR("Too far away"), COST("Costs too much"),
        OTHER("Another reason");

        private final String label;

        Reason(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    record Recorded(String category, String locality, Reason reason, String note, Instant at, String by) {}

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final Clock clock;

    UnmetNeeds(JdbcClient jdbc, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    UUID record(CaseSummary c, String category, String locality, Reason reason, String note, PathwayUser user) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO activities.unmet_need (id, case_id, case_organisation_id, category, locality, reason, note,
                    recorded_at, recorded_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(id, c.caseId(), c.organisationId(), category, locality, reason.name(),
                        Text.blankToNull(note), Timestamp.from(clock.instant()), user.displayName())
                .update();
        audit.changed("unmet-need", id.toString(), "case " + c.caseId() + ": " + category + " in " + locality);
        return id;
    }

    List<Recorded> ofCase(UUID caseId) {
        return jdbc.sql("""
                SELECT coalesce(t.name, u.category), u.locality, u.reason, u.note, u.recorded_at, u.recorded_by
                FROM activities.unmet_need u LEFT JOIN activities.taxonomy_term t ON t.code = u.category
                WHERE u.case_id = ? ORDER BY u.recorded_at DESC, u.id""").param(caseId)
                .query((rs, n) -> new Recorded(rs.getString(1), rs.getString(2), Reason.valueOf(rs.getString(3)),
                        rs.getString(4), rs.getTimestamp(5).toInstant(), rs.getString(6)))
                .list();
    }

}
