package org.pathway.workforce.practitioners;

import jakarta.validation.Validator;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.pathway.governance.AuditLog;
import org.pathway.governance.PathwayUser;
import org.pathway.governance.Role;
import org.pathway.platform.NotFound;
import org.pathway.platform.Refusal;
import org.pathway.workforce.CaseloadCap;
import org.pathway.workforce.EmployerType;
import org.pathway.workforce.OrganisationId;
import org.pathway.workforce.OrganisationRef;
import org.pathway.workforce.PractitionerCommand;
import org.pathway.workforce.PractitionerId;
import org.pathway.workforce.PractitionerRegister;
import org.pathway.workforce.ServiceId;
import org.pathway.workforce.ServiceRef;
import org.pathway.workforce.organisations.Commands;
import org.pathway.workforce.organisations.OrganisationRows;
import org.pathway.workforce.organisations.Sql;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads practitioners with SQL, always within the user's scope (administrators: everyone; anyone else: their
 * own organisation's staff), and changes them through the {@link Practitioner} aggregate.
 * Public, as is {@link #add}, for the workforce loader ({@code workforce.loading}).
 */
@Service
@Transactional(readOnly = true)
public class PractitionerRegisterService implements PractitionerRegister {

    private static final String SELECT = """
            SELECT p.id, p.name, p.job_title, p.fte, p.user_account_id, p.work_phone, p.work_email,
                   e.id AS e_id, e.name AS e_name, e.kind AS e_kind, e.ods_code AS e_ods_code,
                   e.employer_type AS e_employer_type
            FROM workforce.practitioner p JOIN workforce.organisation e ON e.id = p.employer_id""";

    private final PractitionerRepository practitioners;
    private final JdbcClient jdbc;
    private final Validator validator;
    private final AuditLog audit;
    private final Clock clock;

    PractitionerRegisterService(PractitionerRepository practitioners, JdbcClient jdbc, Validator validator, AuditLog audit,
            Clock clock) {
        this.practitioners = practitioners;
        this.jdbc = jdbc;
        this.validator = validator;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public Page<PractitionerSummary> search(PractitionerSearch search, Pageable pageable, PathwayUser user) {
        Map<String, Object> params = new LinkedHashMap<>();
        StringBuilder where = new StringBuilder(scope(user, params));
        if (search.employerId() != null) {
            where.append(" AND p.employer_id = :employer");
            params.put("employer", search.employerId().value());
        }
        if (search.serviceId() != null) {
            where.append(" AND EXISTS (SELECT 1 FROM workforce.practitioner_service ps"
                    + " WHERE ps.practitioner_id = p.id AND ps.service_id = :service)");
            params.put("service", search.serviceId().value());
        }
        if (search.jobTitle() != null && !search.jobTitle().isBlank()) {
            where.append(" AND lower(p.job_title) = lower(:title)");
            params.put("title", search.jobTitle().strip());
        }
        long total = jdbc.sql("SELECT count(*) FROM workforce.practitioner p" + where).params(params)
                .query(Long.class).single();
        List<Row> rows = jdbc.sql(SELECT + where + " ORDER BY lower(p.name), p.id LIMIT :limit OFFSET :offset")
                .params(params)
                .param("limit", pageable.getPageSize())
                .param("offset", pageable.getOffset())
                .query(PractitionerRegisterService::row)
                .list();
        Map<UUID, List<ServiceRef>> services = servicesOf(rows.stream().map(Row::id).toList());
        return new PageImpl<>(rows.stream().map(r -> r.summary(services.getOrDefault(r.id(), List.of()))).toList(),
                pageable, total);
    }

    @Override
    public Optional<PractitionerDetails> practitioner(PractitionerId id, PathwayUser user) {
        Map<String, Object> params = new LinkedHashMap<>();
        String where = scope(user, params) + " AND p.id = :id";
        params.put("id", id.value());
        return jdbc.sql(SELECT + where).params(params).query(PractitionerRegisterService::row).optional()
                .map(r -> r.details(servicesOf(List.of(r.id())).getOrDefault(r.id(), List.of())));
    }

    @Override
    public Optional<PractitionerSummary> practitionerForAccount(UUID userAccountId, PathwayUser user) {
        Map<String, Object> params = new LinkedHashMap<>();
        String where = scope(user, params) + " AND p.user_account_id = :account";
        params.put("account", userAccountId);
        return jdbc.sql(SELECT + where).params(params).query(PractitionerRegisterService::row).optional()
                .map(r -> r.summary(servicesOf(List.of(r.id())).getOrDefault(r.id(), List.of())));
    }

    @Override
    public Map<PractitionerId, Integer> caseloadCaps(java.util.Collection<PractitionerId> ids, PathwayUser user) {
        Map<PractitionerId, Integer> caps = new LinkedHashMap<>();
        if (ids.isEmpty()) {
            return caps;
        }
        Map<String, Object> params = new LinkedHashMap<>();
        String where = scope(user, params) + " AND p.id IN (:ids)";
        params.put("ids", ids.stream().map(PractitionerId::value).distinct().toList());
        jdbc.sql("""
                SELECT p.id, p.fte, min(s.caseload_cap_per_fte) AS cap_per_fte
                FROM workforce.practitioner p
                JOIN workforce.practitioner_service ps ON ps.practitioner_id = p.id
                JOIN workforce.service s ON s.id = ps.service_id""" + where + " GROUP BY p.id, p.fte")
                .params(params)
                .query(rs -> {
                    Integer cap = CaseloadCap.of(rs.getBigDecimal("fte"), List.of(rs.getInt("cap_per_fte")));
                    caps.put(new PractitionerId(rs.getObject("id", UUID.class)), cap);
                });
        return caps;
    }

    @Override
    public List<String> jobTitles(PathwayUser user) {
        Map<String, Object> params = new LinkedHashMap<>();
        List<String> inUse = jdbc.sql("SELECT DISTINCT p.job_title FROM workforce.practitioner p" + scope(user, params)
                        + " ORDER BY p.job_title")
                .params(params).query(String.class).list();
        Set<String> known = JobTitles.SUGGESTED.stream().map(t -> t.toLowerCase(Locale.UK)).collect(Collectors.toSet());
        Set<String> titles = new LinkedHashSet<>(JobTitles.SUGGESTED);
        inUse.stream().filter(t -> !known.contains(t.toLowerCase(Locale.UK))).forEach(titles::add);
        return List.copyOf(titles);
    }

    @Override
    public List<OrganisationRef> employersInScope(PathwayUser user) {
        if (seesEveryone(user)) {
            return jdbc.sql("SELECT id, name, kind, ods_code FROM workforce.organisation"
                            + " WHERE employer_type IS NOT NULL ORDER BY lower(name), id")
                    .query((rs, i) -> OrganisationRows.organisationRef(rs, "")).list();
        }
        if (user.organisationId() == null) {
            return List.of();
        }
        return jdbc.sql("SELECT id, name, kind, ods_code FROM workforce.organisation"
                        + " WHERE employer_type IS NOT NULL AND id = ?")
                .param(user.organisationId())
                .query((rs, i) -> OrganisationRows.organisationRef(rs, "")).list();
    }

    @Override
    @Transactional
    public PractitionerId create(PractitionerCommand command, PathwayUser user) {
        Commands.check(validator, command);
        requireScope(command.employerId(), user);
        checkServicesInScope(command, user);
        PractitionerId id = add(PractitionerId.random(), command, null);
        audit.changed("practitioner", id.toString(), "created " + command.jobTitle() + " " + command.name());
        return id;
    }

    /** Creates a practitioner with a chosen id, after the same checks as the form; not audited (see callers). */
    @Transactional
    public PractitionerId add(PractitionerId id, PractitionerCommand command, UUID userAccountId) {
        Commands.check(validator, command);
        checkAgainstStore(command);
        practitioners.save(new Practitioner(id, command, userAccountId, clock.instant()));
        return id;
    }

    @Override
    @Transactional
    public void update(PractitionerId id, PractitionerCommand command, PathwayUser user) {
        Practitioner practitioner = practitioners.findById(id.value())
                .filter(p -> inScope(p.employerId(), user))
                .orElseThrow(() -> NotFound.of("practitioner", id));
        Commands.check(validator, command);
        requireScope(command.employerId(), user);
        checkServicesInScope(command, user);
        checkAgainstStore(command);
        practitioner.apply(command, clock.instant());
        audit.changed("practitioner", id.toString(), "changed " + command.jobTitle() + " " + command.name());
    }

    @Override
    public Optional<PractitionerCommand> commandFor(PractitionerId id, PathwayUser user) {
        return practitioners.findById(id.value())
                .filter(p -> inScope(p.employerId(), user))
                .map(Practitioner::toCommand);
    }

    private static boolean seesEveryone(PathwayUser user) {
        return user.role() == Role.ADMINISTRATOR;
    }

    private static boolean inScope(OrganisationId employerId, PathwayUser user) {
        return seesEveryone(user)
                || (user.organisationId() != null && user.organisationId().equals(employerId.value()));
    }

    /** The WHERE clause that limits rows to the user's scope. */
    private static String scope(PathwayUser user, Map<String, Object> params) {
        if (seesEveryone(user)) {
            return " WHERE TRUE";
        }
        if (user.organisationId() == null) {
            return " WHERE FALSE";
        }
        params.put("scope", user.organisationId());
        return " WHERE p.employer_id = :scope";
    }

    private static void requireScope(OrganisationId employerId, PathwayUser user) {
        if (!inScope(employerId, user)) {
            throw new AccessDeniedException("You can only add or change practitioners your own organisation employs");
        }
    }

    private void checkServicesInScope(PractitionerCommand command, PathwayUser user) {
        if (seesEveryone(user) || command.serviceIds().isEmpty()) {
            return;
        }
        long ownServices = jdbc.sql("SELECT count(*) FROM workforce.service WHERE id IN (:ids) AND employer_id = :org")
                .param("ids", command.serviceIds().stream().map(ServiceId::value).toList())
                .param("org", user.organisationId())
                .query(Long.class).single();
        if (ownServices != command.serviceIds().size()) {
            throw Refusal.of("serviceIds", "Choose services that your organisation runs");
        }
    }

    private void checkAgainstStore(PractitionerCommand command) {
        List<Refusal.Problem> problems = new ArrayList<>();
        boolean employs = jdbc.sql("SELECT count(*) FROM workforce.organisation WHERE id = ? AND employer_type IS NOT NULL")
                .param(command.employerId().value()).query(Long.class).single() > 0;
        if (!employs) {
            problems.add(new Refusal.Problem("employerId", "Select an employing organisation from the list"));
        }
        if (!command.serviceIds().isEmpty()) {
            long found = jdbc.sql("SELECT count(*) FROM workforce.service WHERE id IN (:ids)")
                    .param("ids", command.serviceIds().stream().map(ServiceId::value).toList())
                    .query(Long.class).single();
            if (found != command.serviceIds().size()) {
                problems.add(new Refusal.Problem("serviceIds", "Choose services from the list"));
            }
        }
        if (!problems.isEmpty()) {
            throw new Refusal(problems);
        }
    }

    private Map<UUID, List<ServiceRef>> servicesOf(List<UUID> practitionerIds) {
        if (practitionerIds.isEmpty()) {
            return Map.of();
        }
        Map<UUID, List<ServiceRef>> byPractitioner = new LinkedHashMap<>();
        jdbc.sql("""
                        SELECT ps.practitioner_id, s.id, s.name
                        FROM workforce.practitioner_service ps JOIN workforce.service s ON s.id = ps.service_id
                        WHERE ps.practitioner_id IN (:ids) ORDER BY lower(s.name), s.id""")
                .param("ids", practitionerIds)
                .query(rs -> {
                    byPractitioner.computeIfAbsent(rs.getObject("practitioner_id", UUID.class), k -> new ArrayList<>())
                            .add(new ServiceRef(new ServiceId(rs.getObject("id", UUID.class)), rs.getString("name")));
                });
        return byPractitioner;
    }

    private record Row(UUID id, String name, String jobTitle, BigDecimal fte, UUID userAccountId,
            OrganisationRef employer, EmployerType employerType, String workPhone, String workEmail) {

        PractitionerSummary summary(List<ServiceRef> services) {
            return new PractitionerSummary(new PractitionerId(id), name, jobTitle, employer, fte, services);
        }

        PractitionerDetails details(List<ServiceRef> services) {
            return new PractitionerDetails(new PractitionerId(id), name, jobTitle, employer, employerType, fte,
                    services, userAccountId != null, workPhone, workEmail);
        }
    }

    private static Row row(ResultSet rs, int i) throws SQLException {
        return new Row(rs.getObject("id", UUID.class), rs.getString("name"), rs.getString("job_title"),
                rs.getBigDecimal("fte"), rs.getObject("user_account_id", UUID.class), OrganisationRows.organisationRef(rs, "e_"),
                Sql.enumValue(EmployerType.class, rs.getString("e_employer_type")), rs.getString("work_phone"),
                rs.getString("work_email"));
    }
}
