package org.pathway.workforce.profiles;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.pathway.workforce.OrganisationId;
import org.pathway.workforce.OrganisationRef;
import org.pathway.workforce.PractitionerId;
import org.pathway.workforce.PractitionerProfiles.Champion;
import org.pathway.workforce.PractitionerProfiles.CoveredPractice;
import org.pathway.workforce.PractitionerProfiles.Specialism;
import org.pathway.workforce.WorkBase;
import org.pathway.workforce.organisations.OrganisationRows;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Reads profiles: specialisms, languages, practices covered with their champions, and the practices on offer. */
@Component
class ProfileQueries {

    private final JdbcClient jdbc;

    ProfileQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Specialism> specialisms() {
        return jdbc.sql("SELECT id, name FROM workforce.specialism ORDER BY lower(name)")
                .query((rs, n) -> new Specialism(rs.getObject("id", UUID.class), rs.getString("name"))).list();
    }

    Optional<WorkBase> base(PractitionerId practitioner) {
        return jdbc.sql("SELECT base FROM workforce.practitioner WHERE id = ?").param(practitioner.value())
                .query((rs, n) -> rs.getString("base") == null ? null : WorkBase.valueOf(rs.getString("base")))
                .optional();
    }

    List<Specialism> specialismsOf(PractitionerId practitioner) {
        return jdbc.sql("""
                SELECT s.id, s.name FROM workforce.practitioner_specialism ps
                JOIN workforce.specialism s ON s.id = ps.specialism_id WHERE ps.practitioner_id = ? ORDER BY lower(s.name)""")
                .param(practitioner.value())
                .query((rs, n) -> new Specialism(rs.getObject("id", UUID.class), rs.getString("name"))).list();
    }

    List<String> languagesOf(PractitionerId practitioner) {
        return jdbc.sql("SELECT language FROM workforce.practitioner_language WHERE practitioner_id = ? "
                + "ORDER BY lower(language)").param(practitioner.value()).query(String.class).list();
    }

    List<CoveredPractice> practicesOf(PractitionerId practitioner) {
        return jdbc.sql("""
                SELECT o.id, o.name, o.kind, o.ods_code, c.name AS c_name, c.role AS c_role, c.phone AS c_phone,
                       c.email AS c_email
                FROM workforce.practitioner_practice pp JOIN workforce.organisation o ON o.id = pp.practice_id
                LEFT JOIN workforce.practice_champion c ON c.practice_id = o.id
                WHERE pp.practitioner_id = ? ORDER BY lower(o.name)""")
                .param(practitioner.value())
                .query((rs, n) -> new CoveredPractice(OrganisationRows.organisationRef(rs, ""),
                        rs.getString("c_name") == null ? null : new Champion(rs.getString("c_name"),
                                rs.getString("c_role"), rs.getString("c_phone"), rs.getString("c_email")))).list();
    }

    /** The GP practices in the areas of the practitioner's services: the ones they may cover. */
    List<OrganisationRef> practicesOnOffer(PractitionerId practitioner) {
        return jdbc.sql("""
                SELECT DISTINCT o.id, o.name, o.kind, o.ods_code, lower(o.name) AS sort
                FROM workforce.practitioner_service ps
                JOIN workforce.service_area a ON a.service_id = ps.service_id
                JOIN workforce.organisation o ON o.kind = 'GP_PRACTICE' AND (o.id = a.organisation_id OR o.parent_id = a.organisation_id)
                WHERE ps.practitioner_id = ? ORDER BY sort""")
                .param(practitioner.value())
                .query((rs, n) -> OrganisationRows.organisationRef(rs, "")).list();
    }

    Optional<Champion> champion(OrganisationId practice) {
        return jdbc.sql("SELECT name, role, phone, email FROM workforce.practice_champion WHERE practice_id = ?")
                .param(practice.value())
                .query((rs, n) -> new Champion(rs.getString("name"), rs.getString("role"), rs.getString("phone"),
                        rs.getString("email"))).optional();
    }
}
