package org.pathway.engagement.cases;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.pathway.engagement.CaseStatus;
import org.pathway.engagement.CaseSummary;
import org.pathway.engagement.Cases;
import org.pathway.governance.PathwayUser;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** {@link Cases} over {@link CaseAccess}: the one place case scope is decided. */
@Component
class CasesFacade implements Cases {

    private final CaseAccess access;
    private final JdbcClient jdbc;

    CasesFacade(CaseAccess access, JdbcClient jdbc) {
        this.access = access;
        this.jdbc = jdbc;
    }

    @Override
    public CaseSummary requireVisible(UUID caseId, PathwayUser user) {
        return access.require(caseId, user);
    }

    @Override
    @Transactional(readOnly = true)
    public Set<String> goalDomains(UUID caseId) {
        return new LinkedHashSet<>(jdbc.sql("SELECT DISTINCT domain FROM engagement.goal WHERE case_id = ? ORDER BY 1")
                .param(caseId).query(String.class).list());
    }

    @Override
    @Transactional(readOnly = true)
    public List<LoadedCase> casesOf(Collection<UUID> services) {
        if (services.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                SELECT id, referral_id, person_id, organisation_id, practitioner_id, opened_at, status
                FROM engagement.case_episode WHERE service_id = ANY (?) ORDER BY opened_at, id""")
                .param(services.toArray(UUID[]::new))
                .query((rs, n) -> new LoadedCase(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
                        rs.getObject(3, UUID.class), rs.getObject(4, UUID.class), rs.getObject(5, UUID.class),
                        rs.getTimestamp(6).toInstant(), CaseStatus.valueOf(rs.getString(7)) == CaseStatus.OPEN))
                .list();
    }
}
