package org.pathway.workforce.practitioners;

import java.util.Optional;
import java.util.UUID;
import org.pathway.governance.PathwayUser;
import org.pathway.governance.Permissions;
import org.pathway.governance.Role;
import org.pathway.workforce.PractitionerId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Whose development record (training, supervision) a user may see and add to: their own (the practitioner their
 * sign-in is linked to), or, for a manager, the practitioners their organisation employs (an administrator: any).
 * Colleagues do not see each other's. Used by the workforce features that keep such records.
 */
@Component
public class PractitionerRecordAccess {

    private final JdbcClient jdbc;

    PractitionerRecordAccess(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The practitioner's name when this user may see their record. */
    public Optional<String> visible(PractitionerId practitioner, PathwayUser user) {
        return jdbc.sql("SELECT name, employer_id, user_account_id FROM workforce.practitioner WHERE id = ?")
                .param(practitioner.value())
                .query((rs, n) -> {
                    UUID employer = rs.getObject("employer_id", UUID.class);
                    UUID account = rs.getObject("user_account_id", UUID.class);
                    boolean own = account != null && account.equals(user.id());
                    boolean manages = user.can(Permissions.PRACTITIONERS_MANAGE) && (user.role() == Role.ADMINISTRATOR
                            || employer.equals(user.organisationId()));
                    return own || manages ? rs.getString("name") : null;
                })
                .optional();
    }

    /** The practitioner's name when this user manages them (their own record does not count). */
    public Optional<String> managed(PractitionerId practitioner, PathwayUser user) {
        return jdbc.sql("SELECT name, employer_id FROM workforce.practitioner WHERE id = ?")
                .param(practitioner.value())
                .query((rs, n) -> user.can(Permissions.PRACTITIONERS_MANAGE) && (user.role() == Role.ADMINISTRATOR
                        || rs.getObject("employer_id", UUID.class).equals(user.organisationId()))
                        ? rs.getString("name") : null)
                .optional();
    }

    /** Of these practitioners, the ones this user manages, with their names. */
    public java.util.Map<PractitionerId, String> managedAmong(java.util.Collection<PractitionerId> practitioners,
            PathwayUser user) {
        java.util.Map<PractitionerId, String> managed = new java.util.LinkedHashMap<>();
        if (practitioners.isEmpty() || !user.can(Permissions.PRACTITIONERS_MANAGE)) {
            return managed;
        }
        jdbc.sql("""
                SELECT id, name FROM workforce.practitioner WHERE id = ANY (?) AND (? OR employer_id = ?)
                ORDER BY lower(name), id""")
                .params(practitioners.stream().map(PractitionerId::value).toArray(UUID[]::new),
                        user.role() == Role.ADMINISTRATOR, user.organisationId())
                .query(rs -> {
                    managed.put(new PractitionerId(rs.getObject("id", UUID.class)), rs.getString("name"));
                });
        return managed;
    }
}
