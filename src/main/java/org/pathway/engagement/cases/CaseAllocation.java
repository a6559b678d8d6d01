package org.pathway.engagement.cases;

import org.pathway.platform.NotFound;
import org.pathway.platform.Refusal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.pathway.engagement.CaseSummary;
import org.pathway.engagement.cases.CaseForms.GrantForm;
import org.pathway.engagement.cases.CaseForms.ReallocateForm;
import org.pathway.governance.AuditLog;
import org.pathway.governance.PathwayUser;
import org.pathway.governance.Role;
import org.pathway.workforce.OrganisationId;
import org.pathway.workforce.PractitionerRegister;
import org.pathway.workforce.PractitionerRegister.PractitionerSearch;
import org.pathway.workforce.PractitionerRegister.PractitionerSummary;
import org.pathway.workforce.ServiceId;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who works a case, changed by the organisation's service manager: reallocating it to another practitioner of the
 * service (through the aggregate), and giving it to, or taking it back from, another link worker of the
 * organisation (a grant, noted in the case's history). Every method takes the {@link CaseSummary} that
 * {@link CaseAccess#require} built; every change is audited.
 */
@Service
class CaseAllocation {

    record GrantRow(long id, UUID practitionerId, String practitionerName, String reason, Instant grantedAt,
            String grantedBy) {}

    private final JdbcClient jdbc;
    private final CaseRepository cases;
    private final PractitionerRegister practitioners;
    private final AuditLog audit;
    private final Clock clock;

    CaseAllocation(JdbcClient jdbc, CaseRepository cases, PractitionerRegister practitioners, AuditLog audit,
            Clock clock) {
        this.jdbc = jdbc;
        this.cases = cases;
        this.practitioners = practitioners;
        this.audit = audit;
        this.clock = clock;
    }

    /** Whether the user manages the organisation the case belongs to: only they change its allocation. */
    static boolean isManagerOf(CaseSummary c, PathwayUser user) {
        return user.role() == Role.SERVICE_MANAGER && c.organisationId().equals(user.organisationId());
    }

    /** The practitioners of the case's service, by name: whom the case can be reallocated to. */
    @Transactional(readOnly = true)
    List<PractitionerSummary> servicePractitioners(CaseSummary c, PathwayUser user) {
        return practitioners.search(new PractitionerSearch(new OrganisationId(c.organisationId()),
                new ServiceId(c.serviceId()), null), PageRequest.of(0, 500), user).getContent();
    }

    /** The practitioners of the organisation: whom the case can be given to. */
    @Transactional(readOnly = true)
    List<PractitionerSummary> organisationPractitioners(CaseSummary c, PathwayUser user) {
        return practitioners.search(new PractitionerSearch(new OrganisationId(c.organisationId()), null, null),
                PageRequest.of(0, 500), user).getContent();
    }

    /** The names of the organisation's practitioners, by id. */
    Map<UUID, String> practitionerNames(CaseSummary c, PathwayUser user) {
        Map<UUID, String> names = new LinkedHashMap<>();
        organisationPractitioners(c, user).forEach(p -> names.put(p.id().value(), p.name()));
        return names;
    }

    /** The link workers the case is given to now. */
    @Transactional(readOnly = true)
    List<GrantRow> grants(CaseSummary c, PathwayUser user) {
        Map<UUID, String> names = practitionerNames(c, user);
        return jdbc.sql("""
                SELECT id, practitioner_id, reason, granted_at, granted_by FROM engagement.case_access_grant
                WHERE case_id = :id AND revoked_at IS NULL ORDER BY granted_at""")
                .param("id", c.caseId())
                .query((rs, n) -> {
                    UUID p = rs.getObject("practitioner_id", UUID.class);
                    return new GrantRow(rs.getLong("id"), p, names.getOrDefault(p, "Another practitioner"),
                            rs.getString("reason"), rs.getTimestamp("granted_at").toInstant(), rs.getString("granted_by"));
                }).list();
    }

    @Transactional
    String reallocate(CaseSummary c, ReallocateForm form, PathwayUser user) {
        requireManagerOf(c, user);
        UUID to = practitionerId(form.practitioner(), "practitioner");
        PractitionerSummary target = servicePractitioners(c, user).stream().filter(p -> p.id().value().equals(to))
                .findFirst().orElseThrow(() -> Refusal.of("practitioner", "Choose one of the service's practitioners"));
        Case aggregate = cases.findById(c.caseId()).orElseThrow(() -> NotFound.of("case", c.caseId()));
        try {
            aggregate.reallocate(to, form.reason(), clock.instant(), user.getUsername());
        } catch (Refusal refused) {
            throw Refusal.of("practitioner", refused.firstMessage());
        }
        cases.save(aggregate);
        audit.changed("case", c.caseId().toString(), "reallocated");
        return "Case reallocated to " + target.name();
    }

    @Transactional
    String grant(CaseSummary c, GrantForm form, PathwayUser user) {
        requireManagerOf(c, user);
        UUID to = practitionerId(form.grantee(), "grantee");
        PractitionerSummary target = organisationPractitioners(c, user).stream()
                .filter(p -> p.id().value().equals(to)).findFirst()
                .orElseThrow(() -> Refusal.of("grantee", "Choose one of your organisation's practitioners"));
        if (to.equals(c.practitionerId())) {
            throw Refusal.of("grantee", "The case is already allocated to " + target.name());
        }
        boolean already = jdbc.sql("""
                SELECT count(*) > 0 FROM engagement.case_access_grant
                WHERE case_id = :case AND practitioner_id = :p AND revoked_at IS NULL""")
                .param("case", c.caseId()).param("p", to).query(Boolean.class).single();
        if (already) {
            throw Refusal.of("grantee", "The case has already been given to " + target.name());
        }
        Instant now = clock.instant();
        jdbc.sql("""
                INSERT INTO engagement.case_access_grant (case_id, practitioner_id, reason, granted_at, granted_by)
                VALUES (:case, :p, :reason, :at, :by)""")
                .param("case", c.caseId()).param("p", to).param("reason", form.grantReason().strip())
                .param("at", Timestamp.from(now)).param("by", user.getUsername()).update();
        Case aggregate = cases.findById(c.caseId()).orElseThrow(() -> NotFound.of("case", c.caseId()));
        aggregate.recordGrant(true, to, form.grantReason().strip(), now, user.getUsername());
        cases.save(aggregate);
        audit.changed("case", c.caseId().toString(), "given to another link worker");
        return "Case given to " + target.name();
    }

    @Transactional
    String revoke(CaseSummary c, long grantId, PathwayUser user) {
        requireManagerOf(c, user);
        Instant now = clock.instant();
        UUID practitioner = jdbc.sql("""
                UPDATE engagement.case_access_grant SET revoked_at = :at, revoked_by = :by
                WHERE id = :id AND case_id = :case AND revoked_at IS NULL RETURNING practitioner_id""")
                .param("at", Timestamp.from(now)).param("by", user.getUsername()).param("id", grantId)
                .param("case", c.caseId()).query(UUID.class).optional()
                .orElseThrow(() -> Refusal.because("That link worker no longer has the case"));
        Case aggregate = cases.findById(c.caseId()).orElseThrow(() -> NotFound.of("case", c.caseId()));
        aggregate.recordGrant(false, practitioner, null, now, user.getUsername());
        cases.save(aggregate);
        audit.changed("case", c.caseId().toString(), "taken back from another link worker");
        return "Case taken back";
    }

    private static void requireManagerOf(CaseSummary c, PathwayUser user) {
        if (!isManagerOf(c, user)) {
            throw NotFound.of("case", c.caseId());
        }
    }

    private static UUID practitionerId(String value, String field) {
        try {
            return UUID.fromString(value.strip());
        } catch (RuntimeException unreadable) {
            throw Refusal.of(field, "Choose a practitioner from the list");
        }
    }
}
