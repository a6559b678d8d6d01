package org.pathway.engagement.cases;

import org.pathway.platform.UkDates;
import org.pathway.platform.UkTime;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.pathway.access.ReferralDetails;
import org.pathway.access.ReferralId;
import org.pathway.engagement.CaseStatus;
import org.pathway.governance.AuditLog;
import org.pathway.governance.PathwayUser;
import org.pathway.governance.Role;
import org.pathway.people.People;
import org.pathway.people.PersonId;
import org.pathway.people.PersonSummary;
import org.pathway.shared.ExclusionFlag;
import org.pathway.workforce.CaseloadCap;
import org.pathway.workforce.OrganisationId;
import org.pathway.workforce.PractitionerId;
import org.pathway.workforce.PractitionerRegister;
import org.pathway.workforce.PractitionerRegister.PractitionerSearch;
import org.pathway.workforce.PractitionerRegister.PractitionerSummary;
import org.pathway.workforce.ReferralDirectory;
import org.pathway.workforce.ServiceId;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The caseload: a link worker's own cases and those given to them, or a manager's team's. One query on the case
 * rows per page (the figures are kept on each row by {@link CaseFigures}), then the names of the people on the
 * page in one batch from the people module.
 */
@Service
class CaseloadQueries {

    static final int PAGE_SIZE = 25;

    enum Sort {
        DUE("next_due_on ASC NULLS LAST, c.id"),
        LAST_CONTACT("last_contact_on ASC NULLS FIRST, c.id"),
        REFERRED("referred_at ASC, c.id"),
        OPENED("opened_at DESC, c.id");

        final String orderBy;

        Sort(String orderBy) {
            this.orderBy = orderBy;
        }
    }

    enum Flag { SAFEGUARDING, RISK, URGENT }

    /**
     * What to show; null values do not filter. {@code practitioner} is for managers. {@code search} finds cases by
     * the person's name (every word typed) or the referral's reference.
     */
    record Query(CaseStatus status, Flag flag, boolean overdue, boolean reviewDue, UUID practitioner, Sort sort,
            int page, String search) {}

    record Row(UUID caseId, String personName, Integer age, String serviceName, String practitionerName,
            CaseStatus status, LocalDate nextDueOn, String nextDueTitle, boolean overdue, LocalDate reviewDueOn,
            boolean reviewDue, LocalDate lastContactOn, int contacts, int failedAttempts, Integer sessionCap,
            boolean nearCap, boolean urgent, List<String> riskFlags, int openSafeguarding, long daysSinceReferral,
            boolean granted) {


        // Each cell as it is shown, so the caseload renders rows without formatting logic.

        public String personDetail() {
            return (age != null ? "aged " + age + ", " : "") + serviceName
                    + (practitionerName != null ? ", " + practitionerName : "");
        }

        public boolean closed() {
            return status == CaseStatus.CLOSED;
        }

        public String nextDueText() {
            return nextDueOn == null ? "Nothing due" : nextDueTitle + ", " + UkDates.dayMonth(nextDueOn);
        }

        public String lastContactText() {
            return lastContactOn == null ? "None yet" : UkDates.day(lastContactOn);
        }

        public String failedText() {
            return failedAttempts > 0 ? "(" + failedAttempts + " failed)" : null;
        }

        public String sessionsText() {
            return sessionCap != null ? contacts + " of " + sessionCap : String.valueOf(contacts);
        }

        public boolean safeguarding() {
            return openSafeguarding > 0;
        }

        public boolean noFlags() {
            return openSafeguarding == 0 && !urgent && riskFlags.isEmpty();
        }

        public String sinceReferralText() {
            return daysSinceReferral + (daysSinceReferral == 1 ? " day" : " days");
        }
    }

    record TeamMember(UUID practitionerId, String name, BigDecimal fte, long openCases, Integer cap) {

        public boolean overCap() {
            return CaseloadCap.over(openCases, cap);
        }
    }

    record Concern(UUID caseId, UUID noteId, String personName, String practitionerName, String body,
            java.time.Instant writtenAt) {

        static final int PREVIEW = 200;

        /** The start of the concern, as the team caseload lists it; the whole note is on the case's notes. */
        public String preview() {
            return body.length() <= PREVIEW ? body : body.substring(0, PREVIEW).strip() + "…";
        }
    }

    private final JdbcClient jdbc;
    private final CaseAccess access;
    private final People people;
    private final CaseOpenCaseloads openCases;
    private final PractitionerRegister practitioners;
    private final ReferralDirectory directory;
    private final ReferralDetails referrals;
    private final AuditLog audit;
    private final Clock clock;

    CaseloadQueries(JdbcClient jdbc, CaseAccess access, People people, CaseOpenCaseloads openCases,
            PractitionerRegister practitioners, ReferralDirectory directory, ReferralDetails referrals, AuditLog audit,
            Clock clock) {
        this.jdbc = jdbc;
        this.access = access;
        this.people = people;
        this.openCases = openCases;
        this.practitioners = practitioners;
        this.directory = directory;
        this.referrals = referrals;
        this.audit = audit;
        this.clock = clock;
    }

    LocalDate today() {
        return UkTime.today(clock);
    }

    boolean isManager(PathwayUser user) {
        return user.role() == Role.SERVICE_MANAGER && user.organisationId() != null;
    }

    @Transactional(readOnly = true)
    Page<Row> page(Query query, PathwayUser user) {
        Map<String, Object> params = new HashMap<>();
        StringBuilder where = new StringBuilder();
        Optional<UUID> me = Optional.empty();
        if (isManager(user)) {
            where.append("c.organisation_id = :organisation");
            params.put("organisation", user.organisationId());
            if (query.practitioner() != null) {
                where.append(" AND c.practitioner_id = :practitioner");
                params.put("practitioner", query.practitioner());
            }
        } else {
            me = access.practitionerOf(user);
            if (me.isEmpty()) {
                return Page.empty(PageRequest.of(0, PAGE_SIZE));
            }
            // ANY(ARRAY(...)) rather than IN (...): the planner then ORs two index scans instead of scanning every case.
            where.append("(c.practitioner_id = :me OR c.id = ANY (ARRAY(SELECT g.case_id FROM engagement.case_access_grant g"
                    + " WHERE g.practitioner_id = :me AND g.revoked_at IS NULL)))");
            params.put("me", me.get());
        }
        if (query.status() != null) {
            where.append(" AND c.status = '").append(query.status().name()).append('\'');
        }
        if (query.flag() == Flag.SAFEGUARDING) {
            where.append(" AND c.open_safeguarding > 0");
        } else if (query.flag() == Flag.RISK) {
            where.append(" AND cardinality(c.risk_flags) > 0");
        } else if (query.flag() == Flag.URGENT) {
            where.append(" AND c.urgent");
        }
        LocalDate today = today();
        params.put("today", today);
        if (query.overdue()) {
            where.append(" AND c.next_due_on < :today");
        }
        if (query.reviewDue()) {
            where.append(" AND c.review_due_on <= :today");
        }
        if (query.search() != null && !query.search().isBlank()) {
            String found = searchCondition(query.search(), where.toString(), params);
            where.append(" AND ").append(found);
        }
        int number = Math.max(0, query.page());
        Sort sort = query.sort() == null ? Sort.DUE : query.sort();
        List<Object[]> raw = new ArrayList<>();
        long[] total = {0};
        jdbc.sql("""
                SELECT c.id, c.person_id, c.service_id, c.practitioner_id, c.status, c.next_due_on, c.next_due_title,
                       c.review_due_on, c.last_contact_on, c.contacts_count, c.failed_attempts_count, c.session_cap,
                       c.urgent, c.risk_flags, c.open_safeguarding, c.referred_at, count(*) OVER () AS total
                FROM engagement.case_episode c
                WHERE %s
                ORDER BY c.%s
                LIMIT :limit OFFSET :offset""".formatted(where, sort.orderBy))
                .params(params)
                .param("limit", PAGE_SIZE)
                .param("offset", (long) number * PAGE_SIZE)
                .query((ResultSet rs) -> {
                    total[0] = rs.getLong("total");
                    raw.add(new Object[] {rs.getObject("id", UUID.class), rs.getObject("person_id", UUID.class),
                            rs.getObject("service_id", UUID.class), rs.getObject("practitioner_id", UUID.class),
                            rs.getString("status"), date(rs, "next_due_on"), rs.getString("next_due_title"),
                            date(rs, "review_due_on"), date(rs, "last_contact_on"), rs.getInt("contacts_count"),
                            rs.getInt("failed_attempts_count"), (Integer) rs.getObject("session_cap"),
                            rs.getBoolean("urgent"), strings(rs.getArray("risk_flags")),
                            rs.getInt("open_safeguarding"), rs.getTimestamp("referred_at").toInstant()});
                });
        if (raw.isEmpty() && number > 0 && total[0] == 0) {
            return new PageImpl<>(List.of(), PageRequest.of(number, PAGE_SIZE), 0);
        }
        Map<PersonId, PersonSummary> persons = raw.isEmpty() ? Map.of()
                : people.findAll(raw.stream().map(r -> new PersonId((UUID) r[1])).collect(Collectors.toSet()));
        Map<UUID, String> services = serviceNames(raw.stream().map(r -> (UUID) r[2]).collect(Collectors.toSet()));
        Map<UUID, String> names = isManager(user) ? team(user).stream()
                .collect(Collectors.toMap(TeamMember::practitionerId, TeamMember::name, (a, b) -> a)) : Map.of();
        UUID mine = me.orElse(null);
        List<Row> rows = new ArrayList<>();
        for (Object[] r : raw) {
            PersonSummary person = persons.get(new PersonId((UUID) r[1]));
            LocalDate due = (LocalDate) r[5];
            LocalDate review = (LocalDate) r[7];
            Integer cap = (Integer) r[11];
            int contacts = (Integer) r[9];
            rows.add(new Row((UUID) r[0], person == null ? "Unknown person" : person.fullName(),
                    person == null || person.dateOfBirth() == null ? null : person.ageOn(today),
                    services.getOrDefault((UUID) r[2], "Unknown service"),
                    names.getOrDefault((UUID) r[3], null), CaseStatus.valueOf((String) r[4]), due, (String) r[6],
                    due != null && due.isBefore(today), review, review != null && !review.isAfter(today),
                    (LocalDate) r[8], contacts, (Integer) r[10], cap, cap != null && contacts >= cap - 1,
                    (Boolean) r[12], labels((String[]) r[13]), (Integer) r[14],
                    ChronoUnit.DAYS.between(((java.time.Instant) r[15]).atZone(UkTime.ZONE).toLocalDate(), today),
                    mine != null && !mine.equals(r[3])));
        }
        audit.viewedAll("case", rows.stream().map(r -> r.caseId().toString()).toList(), "caseload");
        return new PageImpl<>(rows, PageRequest.of(number, PAGE_SIZE), total[0]);
    }

    /**
     * The cases whose person's name holds every word typed (asked of the people module, among the people of the
     * cases otherwise shown) or whose referral has the reference typed.
     */
    private String searchCondition(String search, String where, Map<String, Object> params) {
        List<PersonId> shown = jdbc.sql("SELECT DISTINCT c.person_id FROM engagement.case_episode c WHERE " + where)
                .params(params).query((rs, n) -> new PersonId(rs.getObject(1, UUID.class))).list();
        params.put("named", people.namedAmong(search, shown).stream().map(PersonId::value).toArray(UUID[]::new));
        Optional<ReferralId> reference = referrals.withReference(search);
        reference.ifPresent(r -> params.put("reference", r.value()));
        return reference.isPresent() ? "(c.person_id = ANY (:named) OR c.referral_id = :reference)"
                : "c.person_id = ANY (:named)";
    }

    /** The names of the page's services only: the whole catalogue is hundreds of services at national size. */
    private Map<UUID, String> serviceNames(Set<UUID> ids) {
        Map<UUID, String> names = new HashMap<>();
        directory.serviceNames(ids.stream().map(ServiceId::new).toList())
                .forEach((id, name) -> names.put(id.value(), name));
        return names;
    }

    /**
     * A manager's practitioners with their open cases against their cap, both as decision 0019 defines them (the
     * same figures triage shows when allocating).
     */
    @Transactional(readOnly = true)
    List<TeamMember> team(PathwayUser user) {
        if (!isManager(user)) {
            return List.of();
        }
        List<PractitionerSummary> staff = practitioners.search(
                new PractitionerSearch(new OrganisationId(user.organisationId()), null, null),
                PageRequest.of(0, 500), user).getContent();
        List<PractitionerId> ids = staff.stream().map(PractitionerSummary::id).toList();
        Map<PractitionerId, Long> open = openCases.openCases(ids);
        Map<PractitionerId, Integer> caps = practitioners.caseloadCaps(ids, user);
        return staff.stream().map(p -> new TeamMember(p.id().value(), p.name(), p.fte(), open.getOrDefault(p.id(), 0L),
                caps.get(p.id()))).toList();
    }

    /** The open safeguarding concerns on a manager's organisation's cases, oldest first. */
    @Transactional(readOnly = true)
    List<Concern> openConcerns(PathwayUser user) {
        if (!isManager(user)) {
            return List.of();
        }
        List<Object[]> raw = jdbc.sql("""
                SELECT n.id, n.case_id, c.person_id, c.practitioner_id, n.body, n.written_at
                FROM engagement.case_note n JOIN engagement.case_episode c ON c.id = n.case_id
                WHERE c.organisation_id = :organisation AND n.safeguarding AND n.resolved_at IS NULL
                ORDER BY n.written_at LIMIT 100""")
                .param("organisation", user.organisationId())
                .query((rs, i) -> new Object[] {rs.getObject("id", UUID.class), rs.getObject("case_id", UUID.class),
                        rs.getObject("person_id", UUID.class), rs.getObject("practitioner_id", UUID.class),
                        rs.getString("body"), rs.getTimestamp("written_at").toInstant()})
                .list();
        if (raw.isEmpty()) {
            return List.of();
        }
        Map<PersonId, PersonSummary> persons = people.findAll(
                raw.stream().map(r -> new PersonId((UUID) r[2])).collect(Collectors.toSet()));
        Map<UUID, String> names = new LinkedHashMap<>();
        team(user).forEach(m -> names.put(m.practitionerId(), m.name()));
        List<Concern> concerns = raw.stream().map(r -> {
            PersonSummary p = persons.get(new PersonId((UUID) r[2]));
            return new Concern((UUID) r[1], (UUID) r[0], p == null ? "Unknown person" : p.fullName(),
                    names.getOrDefault((UUID) r[3], "Another practitioner"), (String) r[4], (java.time.Instant) r[5]);
        }).toList();
        audit.viewedAll("case", concerns.stream().map(c -> c.caseId().toString()).distinct().toList(),
                "open safeguarding concerns");
        return concerns;
    }

    private static LocalDate date(ResultSet rs, String column) throws SQLException {
        java.sql.Date d = rs.getDate(column);
        return d == null ? null : d.toLocalDate();
    }

    private static String[] strings(java.sql.Array array) throws SQLException {
        return array == null ? new String[0] : (String[]) array.getArray();
    }

    static List<String> labels(String[] flags) {
        Set<String> known = Arrays.stream(ExclusionFlag.values()).map(Enum::name).collect(Collectors.toSet());
        return Arrays.stream(flags).map(f -> known.contains(f) ? ExclusionFlag.valueOf(f).label() : f).toList();
    }
}
