package org.pathway.engagement.cases;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.pathway.access.OpenCaseloads;
import org.pathway.workforce.PractitionerId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A practitioner's open caseload (decision 0019): the cases allocated to them that are not closed, whatever the
 * service. Cases only shared with them by a grant are not theirs. The one count triage (through access's port) and
 * the manager's team caseload and workforce's team page (through their ports) show. Counts only: no person is read.
 */
@Component
class CaseOpenCaseloads implements OpenCaseloads {

    private final JdbcClient jdbc;

    CaseOpenCaseloads(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    @Transactional(readOnly = true)
    public Map<PractitionerId, Long> openCases(Collection<PractitionerId> practitioners) {
        Map<PractitionerId, Long> counts = new LinkedHashMap<>();
        practitioners.forEach(p -> counts.put(p, 0L));
        if (practitioners.isEmpty()) {
            return counts;
        }
        jdbc.sql("""
                SELECT practitioner_id, count(*) AS open FROM engagement.case_episode
                WHERE practitioner_id = ANY (?) AND status <> 'CLOSED' GROUP BY practitioner_id""")
                .param(practitioners.stream().map(PractitionerId::value).distinct().toArray(UUID[]::new))
                .query(rs -> {
                    counts.put(new PractitionerId(rs.getObject("practitioner_id", UUID.class)), rs.getLong("open"));
                });
        return counts;
    }
}
