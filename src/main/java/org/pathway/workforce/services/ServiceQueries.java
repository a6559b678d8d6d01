package org.pathway.workforce.services;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.pathway.platform.RevisionCache;
import org.pathway.shared.ExclusionFlag;
import org.pathway.shared.Need;
import org.pathway.workforce.AccessModel;
import org.pathway.workforce.DeliveryModel;
import org.pathway.workforce.EmployerType;
import org.pathway.workforce.EngagementModel;
import org.pathway.workforce.OrganisationId;
import org.pathway.workforce.OrganisationRef;
import org.pathway.workforce.ReferralCriteria;
import org.pathway.workforce.ServiceCatalogue.ServiceDetails;
import org.pathway.workforce.ServiceCatalogue.ServiceSearch;
import org.pathway.workforce.ServiceCatalogue.ServiceSummary;
import org.pathway.workforce.ServiceId;
import org.pathway.workforce.organisations.OrganisationRows;
import org.pathway.workforce.organisations.Sql;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The read side of the catalogue and the referral directory: services and their delivery models, read with SQL.
 * The details of a service, the services covering a practice and the list of practices are kept until the
 * module's revision moves. It checks no permission: the facades in front of it do (or, for the referral
 * directory, deliberately do not).
 */
@Component
@Transactional(readOnly = true)
class ServiceQueries {

    private static final String SUMMARY = """
            SELECT s.id, s.name, s.access_model, s.engagement_model, s.session_cap, s.review_interval_weeks,
                   s.statement, e.id AS e_id, e.name AS e_name, e.kind AS e_kind, e.ods_code AS e_ods_code
            FROM workforce.service s JOIN workforce.organisation e ON e.id = s.employer_id""";

    private final JdbcClient jdbc;
    private final RevisionCache<ServiceId, Optional<ServiceDetails>> details;
    private final RevisionCache<OrganisationId, List<ServiceSummary>> covering;
    private final RevisionCache<String, List<OrganisationRef>> practices;

    ServiceQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
        this.details = new RevisionCache<>(jdbc, "workforce.revision");
        this.covering = new RevisionCache<>(jdbc, "workforce.revision");
        this.practices = new RevisionCache<>(jdbc, "workforce.revision");
    }

    List<OrganisationRef> practices() {
        return practices.get("practices", () -> jdbc.sql("""
                SELECT id, name, kind, ods_code FROM workforce.organisation WHERE kind = 'GP_PRACTICE'
                ORDER BY lower(name), id""")
                .query((rs, i) -> OrganisationRows.organisationRef(rs, ""))
                .list());
    }

    Optional<OrganisationRef> practice(OrganisationId id) {
        return practices().stream().filter(p -> p.id().equals(id)).findFirst();
    }

    List<ServiceSummary> servicesTakingReferralsNear(String postcode) {
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

    Map<ServiceId, String> serviceNames(Collection<ServiceId> ids) {
        Map<ServiceId, String> names = new LinkedHashMap<>();
        if (!ids.isEmpty()) {
            jdbc.sql("SELECT id, name FROM workforce.service WHERE id = ANY (?)")
                    .param(ids.stream().map(ServiceId::value).toArray(UUID[]::new))
                    .query((rs, i) -> names.put(new ServiceId(rs.getObject("id", UUID.class)), rs.getString("name")))
                    .list();
        }
        return names;
    }

    List<ServiceSummary> services() {
        return jdbc.sql(SUMMARY + " ORDER BY lower(s.name), s.id").query(this::summary).list();
    }

    List<ServiceSummary> servicesOf(OrganisationId employerId) {
        return jdbc.sql(SUMMARY + " WHERE s.employer_id = ? ORDER BY lower(s.name), s.id")
                .param(employerId.value())
                .query(this::summary)
                .list();
    }

    List<ServiceSummary> servicesCovering(OrganisationId practiceOrPcn) {
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

    Page<ServiceSummary> search(ServiceSearch search, Pageable pageable) {
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

    Optional<ServiceDetails> service(ServiceId id) {
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
                .query((rs, i) -> new Row(id, rs.getString("name"), OrganisationRows.organisationRef(rs, "e_"),
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
                .query((rs, i) -> OrganisationRows.organisationRef(rs, ""))
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
                OrganisationRows.organisationRef(rs, "e_"), AccessModel.valueOf(rs.getString("access_model")),
                EngagementModel.valueOf(rs.getString("engagement_model")), rs.getObject("session_cap", Integer.class),
                rs.getObject("review_interval_weeks", Integer.class), rs.getString("statement"));
    }
}
