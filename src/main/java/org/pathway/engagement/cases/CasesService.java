package org.pathway.engagement.cases;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;
import org.pathway.engagement.CaseSummary;
import org.pathway.engagement.Cases;
import org.pathway.governance.PathwayUser;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** {@link Cases} over {@link CaseAccess}: the one place case scope is decided. */
@Component
class CasesService implements Cases {

    private final CaseAccess access;
    private final JdbcClient jdbc;

    CasesService(CaseAccess access, JdbcClient jdbc) {
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
}
