package org.pathway.workforce.organisations;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.pathway.governance.OrganisationScopes;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Lets governance offer organisations as user scopes without knowing workforce's tables. */
@Component
class WorkforceOrganisationScopes implements OrganisationScopes {

    private final JdbcClient jdbc;

    WorkforceOrganisationScopes(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<ScopeOption> options() {
        return jdbc.sql("SELECT id, name, kind FROM workforce.organisation ORDER BY lower(name)")
                .query((rs, i) -> new ScopeOption(rs.getObject("id", UUID.class), rs.getString("name"),
                        rs.getString("kind")))
                .list();
    }

    @Override
    public Optional<String> nameOf(UUID organisationId) {
        return jdbc.sql("SELECT name FROM workforce.organisation WHERE id = ?").param(organisationId)
                .query(String.class).optional();
    }
}
