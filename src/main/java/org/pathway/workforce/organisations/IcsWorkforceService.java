package org.pathway.workforce.organisations;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.pathway.workforce.EmployerType;
import org.pathway.workforce.IcsWorkforce;
import org.pathway.workforce.OrganisationId;
import org.pathway.workforce.OrganisationKind;
import org.pathway.workforce.OrganisationRef;
import org.pathway.workforce.PractitionerId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The ICS's organisations and practitioners by name, read down (or up) the organisation tree in SQL. */
@Service
@Transactional(readOnly = true)
class IcsWorkforceService implements IcsWorkforce {

    private static final String WITHIN = """
            WITH RECURSIVE within (id) AS (
              SELECT id FROM workforce.organisation WHERE id = :ics AND kind = 'ICS'
              UNION ALL SELECT o.id FROM workforce.organisation o JOIN within w ON o.parent_id = w.id)
            """;

    private static final String PRACTITIONER = """
            SELECT p.id AS p_id, p.name AS p_name, e.id, e.name, e.kind, e.ods_code, e.employer_type
            FROM workforce.practitioner p JOIN workforce.organisation e ON e.id = p.employer_id""";

    private final JdbcClient jdbc;

    IcsWorkforceService(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<OrganisationId> icsOf(UUID organisationId) {
        if (organisationId == null) {
            return Optional.empty();
        }
        return jdbc.sql("""
                WITH RECURSIVE up (id, parent_id, kind) AS (
                  SELECT id, parent_id, kind FROM workforce.organisation WHERE id = ?
                  UNION ALL SELECT o.id, o.parent_id, o.kind FROM workforce.organisation o JOIN up ON o.id = up.parent_id)
                SELECT id FROM up WHERE kind = 'ICS' LIMIT 1""")
                .param(organisationId)
                .query((rs, n) -> new OrganisationId(rs.getObject("id", UUID.class))).optional();
    }

    @Override
    public List<OrganisationRef> organisationsWithin(OrganisationId ics, Set<OrganisationKind> kinds) {
        return jdbc.sql(WITHIN + """
                SELECT id, name, kind, ods_code FROM workforce.organisation
                WHERE id IN (SELECT id FROM within) AND kind IN (:kinds) ORDER BY lower(name), id""")
                .param("ics", ics.value())
                .param("kinds", kinds.stream().map(Enum::name).toList())
                .query((rs, n) -> OrganisationRows.organisationRef(rs, "")).list();
    }

    @Override
    public List<IcsPractitioner> practitioners(OrganisationId ics) {
        return jdbc.sql(WITHIN + PRACTITIONER + " WHERE p.employer_id IN (SELECT id FROM within)"
                        + " ORDER BY lower(p.name), p.id")
                .param("ics", ics.value())
                .query((rs, n) -> practitioner(rs)).list();
    }

    @Override
    public Optional<IcsPractitioner> practitionerOfAccount(UUID userAccountId) {
        if (userAccountId == null) {
            return Optional.empty();
        }
        return jdbc.sql(PRACTITIONER + " WHERE p.user_account_id = ?").param(userAccountId)
                .query((rs, n) -> practitioner(rs)).optional();
    }

    private static IcsPractitioner practitioner(ResultSet rs) throws SQLException {
        String type = rs.getString("employer_type");
        return new IcsPractitioner(new PractitionerId(rs.getObject("p_id", UUID.class)), rs.getString("p_name"),
                OrganisationRows.organisationRef(rs, ""), type == null ? null : EmployerType.valueOf(type));
    }
}
