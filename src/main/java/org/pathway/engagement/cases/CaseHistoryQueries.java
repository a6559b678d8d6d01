package org.pathway.engagement.cases;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.pathway.engagement.CaseSummary;
import org.pathway.governance.Accounts;
import org.pathway.governance.PathwayUser;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** A case's history as its summary page shows it: each change newest first, with who made it and for whom. */
@Component
class CaseHistoryQueries {

    record HistoryRow(String kind, Instant at, String by, String fromPractitioner, String toPractitioner,
            String reason) {}

    private final JdbcClient jdbc;
    private final CaseAllocation allocation;
    private final Accounts accounts;

    CaseHistoryQueries(JdbcClient jdbc, CaseAllocation allocation, Accounts accounts) {
        this.jdbc = jdbc;
        this.allocation = allocation;
        this.accounts = accounts;
    }

    @Transactional(readOnly = true)
    List<HistoryRow> history(CaseSummary c, PathwayUser user) {
        List<Object[]> raw = jdbc.sql("""
                SELECT kind, changed_at, changed_by, from_practitioner, to_practitioner, reason
                FROM engagement.case_change WHERE case_id = :id ORDER BY changed_at DESC, id DESC""")
                .param("id", c.caseId())
                .query((rs, n) -> new Object[] {rs.getString("kind"), rs.getTimestamp("changed_at").toInstant(),
                        rs.getString("changed_by"), rs.getObject("from_practitioner", UUID.class),
                        rs.getObject("to_practitioner", UUID.class), rs.getString("reason")})
                .list();
        Map<UUID, String> names = allocation.practitionerNames(c, user);
        // Who acted, as people read it ("Demo Link worker, Link worker, Kernow Community Connect"), not a username.
        Map<String, Accounts.AccountHolder> holders = accounts.holders(raw.stream().map(r -> (String) r[2])
                .filter(Objects::nonNull).distinct().toList());
        List<HistoryRow> rows = new ArrayList<>();
        for (Object[] r : raw) {
            Accounts.AccountHolder holder = holders.get((String) r[2]);
            rows.add(new HistoryRow(label((String) r[0]), (Instant) r[1], holder == null ? (String) r[2] : holder.described(),
                    r[3] == null ? null : names.getOrDefault((UUID) r[3], "Another practitioner"),
                    r[4] == null ? null : names.getOrDefault((UUID) r[4], "Another practitioner"), (String) r[5]));
        }
        return rows;
    }

    private static String label(String kind) {
        return switch (kind) {
            case "OPENED" -> "Opened";
            case "CLOSED" -> "Closed";
            case "REOPENED" -> "Reopened";
            case "REALLOCATED" -> "Reallocated";
            case "GRANTED" -> "Given to another link worker";
            default -> "Taken back from another link worker";
        };
    }
}
