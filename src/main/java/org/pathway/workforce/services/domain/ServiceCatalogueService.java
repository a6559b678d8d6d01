package org.pathway.workforce.services.domain;

import jakarta.validation.Validator;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.pathway.governance.AuditLog;
import org.pathway.governance.PathwayUser;
import org.pathway.platform.RevisionCache;
import org.pathway.shared.ExclusionFlag;
import org.pathway.shared.Need;
import org.pathway.workforce.AccessModel;
import org.pathway.workforce.DeliveryModel;
import org.pathway.workforce.EmployerType;
import org.pathway.workforce.EngagementModel;
import org.pathway.workforce.FieldProblem;
import org.pathway.workforce.InvalidCommandException;
import org.pathway.workforce.OrganisationId;
import org.pathway.workforce.OrganisationRef;
import org.pathway.workforce.ReferralCriteria;
import org.pathway.workforce.ReferralDirectory;
import org.pathway.workforce.ServiceCatalogue;
import org.pathway.workforce.ServiceCommand;
import org.pathway.workforce.ServiceId;
import org.pathway.workforce.support.Commands;
import org.pathway.workforce.support.Rows;
import org.pathway.workforce.support.Sql;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads services and their delivery models with SQL; changes them through the {@link Service} aggregate.
 * Scope is enforced here, not in the pages: a manager may only add or change their own organisation's services.
 */
@Component
@Transactional(readOnly = true)
public class ServiceCatalogueService implements ServiceCatalogue, ReferralDirectory {

    private static final String SUMMARY = """
            SELECT s.id, s.name, s.access_model, s.engagement_model, s.session_cap, s.review_interval_weeks,
                   s.statement, e.id AS e_id, e.name AS e_name, e.kind AS e_kind, e.ods_code AS e_ods_code
            FROM workforce.service s JOIN workforce.organisation e ON e.id = s.employer_id""";

    private final Services services;
    private final JdbcClient jdbc;
    private final Validator validator;
    private final AuditLog audit;
    private final Clock clock;
    private final RevisionCache<ServiceId, Optional<ServiceDetails>> details;
    private final RevisionCache<OrganisationId, List<ServiceSummary>> covering;
    private final RevisionCache<String, List<OrganisationRef>> practices;

    ServiceCatalogueService(Services services, JdbcClient jdbc, Validator validator, AuditLog audit, Clock clock) {
        this.services = services;
        this.jdbc = jdbc;
        this.details = new RevisionCache<>(jdbc, "workforce.revision");
        this.covering = new RevisionCache<>(jdbc, "workforce.revision");
        this.practices = new RevisionCache<>(jdbc, "workforce.revision");
        this.validator = validator;
        this.audit = audit;
        this.clock = clock;
    }

    // ---- the referral directory: open to every caller (see ReferralDirectory); these methods call this class's
    // own reads directly, so the catalogue's permission checks (which apply through the bean's proxy) do not.

    @Override
    public List<OrganisationRef> practices() {
        return practices.get("practices", () -> jdbc.sql("""
                SELECT id, name, kind, ods_code FROM workforce.organisation WHERE kind = 'GP_PRACTICE'
                ORDER BY lower(name), id""")
                .query((rs, i) -> Rows.organisationRef(rs, ""))
                .list());
    }

    @Override
    public Optional<OrganisationRef> practice(OrganisationId id) {
        return practices().stream().filter(p -> p.id().equals(id)).findFirst();
    }

    @Override
    public List<ServiceSummary> servicesTakingReferralsFrom(OrganisationId practiceOrPcn) {
        return servicesCovering(practiceOrPcn);
    }

    @Override
    public List<ServiceSummary> servicesTakingReferralsNear(String postcode) {
        String district = postcode == null ? "" : postcode.strip().toUpperCase(java.util.Locale.UK).split("\\s+")[0];
        return jdbc.sql(SUMMARY + """
                 WHERE EXISTS (SELECT 1 FROM workforce.service_area a JOIN workforce.organisation o
                                 ON o.kind = 'GP_PRACTICE' AND (a.organisation_id = o.id OR a.organisation_id = o.parent_id)
                               WHERE a.service_id = s.id AND split_part(upper(o.postcode), ' ', 1) = :district)
                    OR NOT EXISTS (SELECT 1 FROM workforce.service_area a WHERE a.service_id = s.id)
                ORDER BY EXISTS (SELECT 1 FROM workforce.service_area a WHERE a.service_id = s.id) DESC,
                         lower(s.name), s.id""")
                .param("district", district)
                .query(this::summary)
                .list();
    }

    @Override
    public Optional<ServiceDetails> serviceToReferTo(ServiceId id) {
        return service(id);
    }

    @Override
    public Map<ServiceId, String> serviceNames(Collection<ServiceId> ids) {
        Map<ServiceId, String> names = new LinkedHashMap<>();
        if (!ids.isEmpty()) {
            jdbc.sql("SELECT id, name FROM workforce.service WHERE id = ANY (?)")
                    .param(ids.stream().map(ServiceId::value).toArray(UUID[]::new))
                    .query((rs, i) -> names.put(new ServiceId(rs.getObject("id", UUID.class)), rs.getString("name")))
                    .list();
        }
        return names;
    }

    // ---- the catalogue ----------------------------------------------------------------------------------------

    @Override
    public List<ServiceSummary> services() {
        return jdbc.sql(SUMMARY + " ORDER BY lower(s.name), s.id").query(this::summary).list();
    }

    @Override
    public List<ServiceSummary> servicesOf(OrganisationId employerId) {
        return jdbc.sql(SUMMARY + " WHERE s.employer_id = ? ORDER BY lower(s.name), s.id")
                .param(employerId.value())
                .query(this::summary)
                .list();
    }

    @Override
    public List<ServiceSummary> servicesCovering(OrganisationId practiceOrPcn) {
        return covering.get(practiceOrPcn, () -> jdbc.sql(SUMMARY + """
                         WHERE NOT EXISTS (SELECT 1 FROM workforce.service_area a WHERE a.service_id = s.id)
                            OR EXISTS (SELECT 1 FROM workforce.service_area a JOIN workforce.organisation o ON o.id = :id
                                       WHERE a.service_id = s.id
                                         AND (a.organisation_id = o.id
                                              OR (o.kind = 'GP_PRACTICE' AND a.organisation_id = o.parent_id)))
                        ORDER BY lower(s.name), s.id""")
                .param("id", practiceOrPcn.value())
                .query(this::summary)
                .list());
    }

    @Override
    public Page<ServiceSummary> search(ServiceSearch search, Pageable pageable) {
        StringBuilder where = new StringBuilder(" WHERE TRUE");
        Map<String, Object> params = new LinkedHashMap<>();
        if (search.access() != null) {
            where.append(" AND s.access_model = :access");
            params.put("access", search.access().name());
        }
        if (search.engagement() != null) {
            where.append(" AND s.engagement_model = :engagement");
            params.put("engagement", search.engagement().name());
        }
        if (search.employerId() != null) {
            where.append(" AND s.employer_id = :employer");
            params.put("employer", search.employerId().value());
        }
        if (search.text() != null && !search.text().isBlank()) {
            where.append(" AND (s.name ILIKE :pattern OR e.name ILIKE :pattern)");
            params.put("pattern", Sql.contains(search.text()));
        }
        long total = jdbc.sql("SELECT count(*) FROM workforce.service s JOIN workforce.organisation e"
                        + " ON e.id = s.employer_id" + where)
                .params(params).query(Long.class).single();
        List<ServiceSummary> rows = jdbc.sql(SUMMARY + where + " ORDER BY lower(s.name), s.id LIMIT :limit OFFSET :offset")
                .params(params)
                .param("limit", pageable.getPageSize())
                .param("offset", pageable.getOffset())
                .query(this::summary)
                .list();
        return new PageImpl<>(rows, pageable, total);
    }

    @Override
    public Optional<ServiceDetails> service(ServiceId id) {
        return details.get(id, () -> load(id));
    }

    private Optional<ServiceDetails> load(ServiceId id) {
        record Row(ServiceId id, String name, OrganisationRef employer, EmployerType employerType, AccessModel access,
                Integer minAge, Integer maxAge, boolean readiness, EngagementModel engagement, Integer sessionCap,
                Integer reviewIntervalWeeks, int caseloadCapPerFte, String statement) {}
        return jdbc.sql("""
                SELECT s.*, e.id AS e_id, e.name AS e_name, e.kind AS e_kind, e.ods_code AS e_ods_code,
                       e.employer_type AS e_employer_type
                FROM workforce.service s JOIN workforce.organisation e ON e.id = s.employer_id WHERE s.id = ?""")
                .param(id.value())
                .query((rs, i) -> new Row(id, rs.getString("name"), Rows.organisationRef(rs, "e_"),
                        Sql.enumValue(EmployerType.class, rs.getString("e_employer_type")),
                        AccessModel.valueOf(rs.getString("access_model")), rs.getObject("min_age", Integer.class),
                        rs.getObject("max_age", Integer.class), rs.getBoolean("readiness_required"),
                        EngagementModel.valueOf(rs.getString("engagement_model")),
                        rs.getObject("session_cap", Integer.class), rs.getObject("review_interval_weeks", Integer.class),
                        rs.getInt("caseload_cap_per_fte"), rs.getString("statement")))
                .optional()
                .map(row -> {
                    ReferralCriteria criteria = new ReferralCriteria(row.minAge(), row.maxAge(),
                            needs("service_included_need", id), needs("service_excluded_need", id), exclusions(id),
                            row.readiness(), areas(id), coveredPractices(id));
                    DeliveryModel model = new DeliveryModel(row.access(), criteria, row.engagement(), row.sessionCap(),
                            row.reviewIntervalWeeks(), row.caseloadCapPerFte());
                    return new ServiceDetails(id, row.name(), row.employer(), row.employerType(), model,
                            row.statement());
                });
    }

    @Override
    public Optional<DeliveryModel> deliveryModel(ServiceId id) {
        return service(id).map(ServiceDetails::model);
    }

    @Override
    @Transactional
    public ServiceId create(ServiceCommand command, PathwayUser user) {
        Commands.check(validator, command);
        requireScope(command.employerId(), user, "You can only add services that your own organisation runs");
        ServiceId id = add(ServiceId.random(), command);
        audit.changed("service", id.toString(), "created " + describe(command));
        return id;
    }

    /** Creates a service with a chosen id, after the same checks as the form; not audited (see callers). */
    @Transactional
    public ServiceId add(ServiceId id, ServiceCommand command) {
        Commands.check(validator, command);
        checkAgainstStore(null, command);
        services.save(new Service(id, command, clock.instant()));
        return id;
    }

    @Override
    @Transactional
    public void update(ServiceId id, ServiceCommand command, PathwayUser user) {
        Service service = services.findById(id.value()).orElseThrow(() -> new NoSuchElementException("No service " + id));
        requireScope(service.employerId(), user, "You can only change services that your own organisation runs");
        Commands.check(validator, command);
        requireScope(command.employerId(), user, "You can only move a service to your own organisation");
        checkAgainstStore(id, command);
        service.define(command, clock.instant());
        audit.changed("service", id.toString(), "changed " + describe(command));
    }

    @Override
    public Optional<ServiceCommand> commandFor(ServiceId id, PathwayUser user) {
        Optional<Service> service = services.findById(id.value());
        service.ifPresent(s -> requireScope(s.employerId(), user,
                "You can only change services that your own organisation runs"));
        return service.map(Service::toCommand);
    }

    private static void requireScope(OrganisationId employerId, PathwayUser user, String message) {
        if (!ServiceCatalogue.mayManage(employerId, user)) {
            throw new AccessDeniedException(message);
        }
    }

    private void checkAgainstStore(ServiceId self, ServiceCommand command) {
        List<FieldProblem> problems = new ArrayList<>();
        boolean employs = jdbc.sql("SELECT count(*) FROM workforce.organisation WHERE id = ? AND employer_type IS NOT NULL")
                .param(command.employerId().value()).query(Long.class).single() > 0;
        if (!employs) {
            problems.add(new FieldProblem("employerId", "Select an employing organisation from the list"));
        }
        if (!command.areaIds().isEmpty()) {
            List<UUID> ids = command.areaIds().stream().map(OrganisationId::value).toList();
            long areas = jdbc.sql("SELECT count(*) FROM workforce.organisation WHERE id IN (:ids)"
                            + " AND kind IN ('PCN', 'GP_PRACTICE')")
                    .param("ids", ids).query(Long.class).single();
            if (areas != ids.size()) {
                problems.add(new FieldProblem("areaIds", "Choose PCNs or GP practices from the list"));
            }
        }
        boolean nameTaken = command.name() != null && jdbc.sql("""
                        SELECT count(*) FROM workforce.service
                        WHERE employer_id = ? AND lower(name) = lower(?) AND id <> ?""")
                .params(command.employerId().value(), command.name(), self == null ? new UUID(0, 0) : self.value())
                .query(Long.class).single() > 0;
        if (nameTaken) {
            problems.add(new FieldProblem("name", "This organisation already runs a service called " + command.name()));
        }
        if (!problems.isEmpty()) {
            throw new InvalidCommandException(problems);
        }
    }

    private Set<Need> needs(String table, ServiceId id) {
        return jdbc.sql("SELECT need FROM workforce." + table + " WHERE service_id = ?")
                .param(id.value())
                .query((rs, i) -> Need.valueOf(rs.getString(1)))
                .list().stream().collect(Collectors.toCollection(() -> EnumSet.noneOf(Need.class)));
    }

    private Set<ExclusionFlag> exclusions(ServiceId id) {
        return jdbc.sql("SELECT flag FROM workforce.service_exclusion WHERE service_id = ?")
                .param(id.value())
                .query((rs, i) -> ExclusionFlag.valueOf(rs.getString(1)))
                .list().stream().collect(Collectors.toCollection(() -> EnumSet.noneOf(ExclusionFlag.class)));
    }

    private List<OrganisationRef> areas(ServiceId id) {
        List<OrganisationRef> areas = new ArrayList<>(jdbc.sql("""
                        SELECT o.id, o.name, o.kind, o.ods_code
                        FROM workforce.service_area a JOIN workforce.organisation o ON o.id = a.organisation_id
                        WHERE a.service_id = ?""")
                .param(id.value())
                .query((rs, i) -> Rows.organisationRef(rs, ""))
                .list());
        areas.sort(Comparator.comparing(OrganisationRef::kind).thenComparing(r -> r.name().toLowerCase(java.util.Locale.UK)));
        return areas;
    }

    private Set<OrganisationId> coveredPractices(ServiceId id) {
        return Set.copyOf(jdbc.sql("""
                        SELECT p.id FROM workforce.organisation p
                        WHERE p.kind = 'GP_PRACTICE'
                          AND (p.id IN (SELECT organisation_id FROM workforce.service_area WHERE service_id = :id)
                            OR p.parent_id IN (SELECT organisation_id FROM workforce.service_area WHERE service_id = :id))""")
                .param("id", id.value())
                .query((rs, i) -> new OrganisationId(rs.getObject(1, UUID.class)))
                .list());
    }

    private ServiceSummary summary(ResultSet rs, int row) throws SQLException {
        return new ServiceSummary(new ServiceId(rs.getObject("id", UUID.class)), rs.getString("name"),
                Rows.organisationRef(rs, "e_"), AccessModel.valueOf(rs.getString("access_model")),
                EngagementModel.valueOf(rs.getString("engagement_model")), rs.getObject("session_cap", Integer.class),
                rs.getObject("review_interval_weeks", Integer.class), rs.getString("statement"));
    }

    private static String describe(ServiceCommand command) {
        return command.name() + " (" + command.access() + ", " + command.engagement() + ")";
    }
}
