package org.pathway.activities.connections;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.UUID;
import org.pathway.governance.AuditLog;
import org.pathway.governance.PathwayUser;
import org.pathway.governance.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The gaps in provision that unmet needs show: counts by category and locality, a manager's for their
 * organisation's cases, the ICS lead's for all, with counts from 1 to 4 suppressed.
 */
@Service
class GapsQueries {

    /** Counts below this are shown as "<5", so nobody can be picked out of a small number. */
    static final int SUPPRESS_BELOW = 5;

    /** The gaps table: localities across, categories down, each cell a count or "<5" (blank when none). */
    record Gaps(List<String> categories, List<String> localities, Map<String, Map<String, Long>> counts,
            Map<String, Long> categoryTotals) {

        public String cell(String category, String locality) {
            return shown(counts.getOrDefault(category, Map.of()).getOrDefault(locality, 0L));
        }

        public String total(String category) {
            return shown(categoryTotals.getOrDefault(category, 0L));
        }

        /** The chart's value for a category: its total, or 0 when suppressed (the table says "<5"). */
        public long chartValue(String category) {
            long n = categoryTotals.getOrDefault(category, 0L);
            return n < SUPPRESS_BELOW ? 0 : n;
        }

        public boolean empty() {
            return categories.isEmpty();
        }
    }

    private final JdbcClient jdbc;
    private final AuditLog audit;

    GapsQueries(JdbcClient jdbc, AuditLog audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    static String shown(long n) {
        if (n == 0) {
            return "0";
        }
        return n < SUPPRESS_BELOW ? "<5" : String.valueOf(n);
    }

    /**
     * The user's gaps: an ICS lead sees every unmet need, anyone else those of their own organisation's cases
     * (none without an organisation). Aggregates only: no person is shown.
     */
    @Transactional(readOnly = true)
    Gaps gaps(PathwayUser user) {
        Optional<UUID> organisation = user.role() == Role.ICS_LEAD ? Optional.empty()
                : Optional.of(user.organisationId() == null ? new UUID(0, 0) : user.organisationId());
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("all", organisation.isEmpty());
        p.put("organisation", organisation.orElse(new UUID(0, 0)));
        Map<String, Map<String, Long>> counts = new LinkedHashMap<>();
        Map<String, Long> totals = new LinkedHashMap<>();
        TreeSet<String> localities = new TreeSet<>();
        jdbc.sql("""
                SELECT coalesce(t.name, u.category) AS category, u.locality, count(*) AS n
                FROM activities.unmet_need u LEFT JOIN activities.taxonomy_term t ON t.code = u.category
                WHERE :all OR u.case_organisation_id = :organisation
                GROUP BY 1, 2 ORDER BY 1, 2""").params(p)
                .query(rs -> {
                    String category = rs.getString(1);
                    String locality = rs.getString(2);
                    long n = rs.getLong(3);
                    counts.computeIfAbsent(category, k -> new LinkedHashMap<>()).put(locality, n);
                    totals.merge(category, n, Long::sum);
                    localities.add(locality);
                });
        audit.viewed("unmet-need-gaps", organisation.map(UUID::toString).orElse("all"),
                "aggregates by category and locality");
        return new Gaps(new ArrayList<>(counts.keySet()), new ArrayList<>(localities), counts, totals);
    }
}
