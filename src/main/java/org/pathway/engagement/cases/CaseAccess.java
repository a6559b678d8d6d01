package org.pathway.engagement.cases;

import org.pathway.platform.NotFound;
import org.pathway.platform.Refusal;
import org.pathway.engagement.CaseSummary;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.pathway.engagement.CaseStatus;
import org.pathway.engagement.ClosureReason;
import org.pathway.governance.AuditLog;
import org.pathway.governance.PathwayUser;
import org.pathway.governance.Permissions;
import org.pathway.governance.Role;
import org.pathway.people.ConsentPurpose;
import org.pathway.people.People;
import org.pathway.people.PersonId;
import org.pathway.people.PersonSummary;
import org.pathway.workforce.PractitionerId;
import org.pathway.workforce.PractitionerRegister;
import org.pathway.workforce.ServiceCatalogue;
import org.pathway.workforce.ServiceId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who may see a case, decided in the query: a link worker their own cases and those explicitly given to them, a
 * service manager the cases of their organisation's services, nobody else. Every case page starts here, and its
 * header carries how to reach the person (read through the people module, audited).
 */
@Component
class CaseAccess {

    private final JdbcClient jdbc;
    private final People people;
    private final ServiceCatalogue catalogue;
    private final PractitionerRegister practitioners;
    private final AuditLog audit;

    CaseAccess(JdbcClient jdbc, People people, ServiceCatalogue catalogue, PractitionerRegister practitioners,
            AuditLog audit) {
        this.jdbc = jdbc;
        this.people = people;
        this.catalogue = catalogue;
        this.practitioners = practitioners;
        this.audit = audit;
    }

    /**
     * The case's header when the user may see the case, the view audited; otherwise {@link NotFound}, the
     * same as for a case that does not exist.
     */
    @Transactional(readOnly = true)
    public CaseSummary require(UUID caseId, PathwayUser user) {
        Row row = find(caseId, user).orElseThrow(() -> NotFound.of("case", caseId));
        PersonId personId = new PersonId(row.personId());
        PersonSummary person = people.find(personId).orElse(null);
        People.ContactDetails contact = people.contactDetails(List.of(personId)).get(personId);
        People.ConsentRecord consent = people.consents(personId).get(ConsentPurpose.CONTACT);
        String serviceName = catalogue.service(new ServiceId(row.serviceId())).map(s -> s.name()).orElse("Unknown service");
        String practitionerName = practitioners.practitioner(new PractitionerId(row.practitionerId()), user)
                .map(p -> p.name()).orElse("Another practitioner");
        audit.viewed("case", caseId.toString(), null);
        return new CaseSummary(row.id(), row.referralId(), row.personId(),
                person == null ? "Unknown person" : person.fullName(), person == null ? null : person.dateOfBirth(),
                person == null ? null : person.nhsNumber(), row.serviceId(), serviceName, row.organisationId(),
                row.practitionerId(), practitionerName, row.status(), row.openedAt(), row.closedAt(),
                row.closureReason(), contact, consent);
    }

    /** Whether the user may see the case, without reading or auditing anything else. */
    @Transactional(readOnly = true)
    public boolean mayView(UUID caseId, PathwayUser user) {
        return find(caseId, user).isPresent();
    }

    /** The practitioner record of a link worker's sign-in, which their caseload and scope hang on. */
    Optional<UUID> practitionerOf(PathwayUser user) {
        if (user == null || user.role() != Role.LINK_WORKER || !user.can(Permissions.PRACTITIONERS_VIEW)) {
            return Optional.empty();
        }
        return practitioners.practitionerForAccount(user.id(), user).map(p -> p.id().value());
    }

    record Row(UUID id, UUID referralId, UUID personId, UUID serviceId, UUID organisationId, UUID practitionerId,
            CaseStatus status, Instant openedAt, Instant closedAt, ClosureReason closureReason) {}

    Optional<Row> find(UUID caseId, PathwayUser user) {
        if (caseId == null || user == null || !user.can(Permissions.CASES_WORK)) {
            return Optional.empty();
        }
        String select = """
                SELECT c.id, c.referral_id, c.person_id, c.service_id, c.organisation_id, c.practitioner_id, c.status,
                       c.opened_at, c.closed_at, c.closure_reason
                FROM engagement.case_episode c
                """;
        if (user.role() == Role.SERVICE_MANAGER && user.organisationId() != null) {
            return jdbc.sql(select + " WHERE c.id = :id AND c.organisation_id = :organisation")
                    .param("id", caseId).param("organisation", user.organisationId())
                    .query(CaseAccess::row).optional();
        }
        Optional<UUID> practitioner = practitionerOf(user);
        if (practitioner.isEmpty()) {
            return Optional.empty();
        }
        return jdbc.sql(select + """
                 WHERE c.id = :id AND (c.practitioner_id = :practitioner OR EXISTS (
                     SELECT 1 FROM engagement.case_access_grant g
                     WHERE g.case_id = c.id AND g.practitioner_id = :practitioner AND g.revoked_at IS NULL))""")
                .param("id", caseId).param("practitioner", practitioner.get())
                .query(CaseAccess::row).optional();
    }

    private static Row row(ResultSet rs, int n) throws SQLException {
        String reason = rs.getString("closure_reason");
        return new Row(rs.getObject("id", UUID.class), rs.getObject("referral_id", UUID.class),
                rs.getObject("person_id", UUID.class), rs.getObject("service_id", UUID.class),
                rs.getObject("organisation_id", UUID.class), rs.getObject("practitioner_id", UUID.class),
                CaseStatus.valueOf(rs.getString("status")), instant(rs.getTimestamp("opened_at")),
                instant(rs.getTimestamp("closed_at")), reason == null ? null : ClosureReason.valueOf(reason));
    }

    /** Refuses more work on a closed case. */
    static void requireOpen(CaseSummary c) {
        if (c.status() != CaseStatus.OPEN) {
            throw Refusal.because("This case is closed: reopen it to record more work");
        }
    }

    static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }
}
