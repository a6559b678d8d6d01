package org.pathway.access.triage;

import java.sql.Array;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.pathway.access.OpenCaseloads;
import org.pathway.access.ReferralId;
import org.pathway.access.referrals.ReferralStatus;
import org.pathway.access.triage.Triage;
import org.pathway.access.referrals.Referral;
import org.pathway.access.referrals.ReferralAggregates;
import org.pathway.governance.AuditLog;
import org.pathway.governance.PathwayUser;
import org.pathway.governance.Role;
import org.pathway.people.ConsentPurpose;
import org.pathway.people.People;
import org.pathway.people.PersonId;
import org.pathway.people.PersonSummary;
import org.pathway.shared.ExclusionFlag;
import org.pathway.shared.Need;
import org.pathway.workforce.CaseloadCap;
import org.pathway.workforce.DeliveryModel;
import org.pathway.workforce.OrganisationId;
import org.pathway.workforce.OrganisationRef;
import org.pathway.workforce.PractitionerId;
import org.pathway.workforce.PractitionerRegister;
import org.pathway.workforce.PractitionerRegister.PractitionerSearch;
import org.pathway.workforce.PractitionerRegister.PractitionerSummary;
import org.pathway.workforce.ReferralDirectory;
import org.pathway.workforce.ServiceCatalogue;
import org.pathway.workforce.ServiceCatalogue.ServiceDetails;
import org.pathway.workforce.ServiceCatalogue.ServiceSummary;
import org.pathway.workforce.ServiceId;
import org.pathway.workforce.ServiceRef;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Triage queues, the triage page and the four decisions, each scoped to the services the user may triage. */
@Service
class TriageService implements Triage {

    static final int PAGE_SIZE = 25;
    static final int FIGURES_DAYS = 90;

    private final JdbcClient jdbc;
    private final ReferralAggregates referrals;
    private final People people;
    private final ServiceCatalogue catalogue;
    private final PractitionerRegister practitioners;
    private final ReferralDirectory directory;
    private final KnownPersonView knownPerson;
    private final AuditLog audit;
    private final TriageSettings settings;
    private final OpenCaseloads openCaseloads;
    private final Clock clock;

    TriageService(JdbcClient jdbc, ReferralAggregates referrals, People people, ServiceCatalogue catalogue,
            PractitionerRegister practitioners, ReferralDirectory directory, KnownPersonView knownPerson,
            AuditLog audit, TriageSettings settings, OpenCaseloads openCaseloads, Clock clock) {
        this.jdbc = jdbc;
        this.referrals = referrals;
        this.people = people;
        this.catalogue = catalogue;
        this.practitioners = practitioners;
        this.directory = directory;
        this.knownPerson = knownPerson;
        this.audit = audit;
        this.settings = settings;
        this.openCaseloads = openCaseloads;
        this.clock = clock;
    }

    // ---- scope ---------------------------------------------------------------------------------------------

    /** The services this user may triage, by name: a manager's organisation's, a link worker's own. */
    Map<UUID, String> scope(PathwayUser user) {
        Map<UUID, String> services = new LinkedHashMap<>();
        if (user.role() == Role.SERVICE_MANAGER && user.organisationId() != null) {
            catalogue.servicesOf(new OrganisationId(user.organisationId()))
                    .forEach(s -> services.put(s.id().value(), s.name()));
        } else if (user.role() == Role.LINK_WORKER) {
            practitioners.practitionerForAccount(user.id(), user).ifPresent(p -> p.services().stream()
                    .sorted((a, b) -> a.name().compareToIgnoreCase(b.name()))
                    .forEach(s -> services.put(s.id().value(), s.name())));
        }
        return services;
    }

    private String serviceInScope(ServiceId service, PathwayUser user) {
        String name = scope(user).get(service.value());
        if (name == null) {
            throw new NoSuchElementException("No service " + service + " to triage");
        }
        return name;
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(TriageSettings.ZONE));
    }

    /** Referrals received before this instant and still not actioned are overdue. */
    private Instant overdueBefore() {
        LocalDate cutoff = settings.workingDays().minus(today(), settings.unactionedWorkingDays());
        return cutoff.plusDays(1).atStartOfDay(TriageSettings.ZONE).toInstant();
    }

    // ---- queues --------------------------------------------------------------------------------------------

    @Override
    @Transactional(readOnly = true)
    public List<ServiceQueue> queues(PathwayUser user) {
        Map<UUID, String> scope = scope(user);
        if (scope.isEmpty()) {
            return List.of();
        }
        Map<UUID, long[]> counts = counts(scope.keySet());
        return scope.entrySet().stream().map(e -> {
            long[] c = counts.getOrDefault(e.getKey(), new long[3]);
            return new ServiceQueue(new ServiceId(e.getKey()), e.getValue(), c[0], c[1], c[2]);
        }).toList();
    }

    private Map<UUID, long[]> counts(Collection<UUID> services) {
        Map<UUID, long[]> counts = new LinkedHashMap<>();
        jdbc.sql("""
                SELECT service_id,
                       count(*) FILTER (WHERE status = 'RECEIVED') AS received,
                       count(*) FILTER (WHERE status = 'WAITLISTED') AS waitlisted,
                       count(*) FILTER (WHERE status = 'RECEIVED' AND received_at < :overdueBefore) AS overdue
                FROM access.referral
                WHERE service_id IN (:services) AND status IN ('RECEIVED', 'WAITLISTED')
                GROUP BY service_id""")
                .param("services", services)
                .param("overdueBefore", java.sql.Timestamp.from(overdueBefore()))
                .query((rs, n) -> {
                    counts.put(rs.getObject("service_id", UUID.class),
                            new long[] {rs.getLong("received"), rs.getLong("waitlisted"), rs.getLong("overdue")});
                    return null;
                }).list();
        return counts;
    }

    private record Row(UUID id, String reference, UUID personId, Set<Need> needs, boolean urgent,
            Set<ExclusionFlag> flags, boolean safeguarding, Boolean ready, UUID practice, ReferralStatus status,
            Instant receivedAt, Instant waitlistedAt) {}

    @Override
    @Transactional(readOnly = true)
    public QueuePage queue(ServiceId service, ReferralStatus status, String search, int page, PathwayUser user) {
        String name = serviceInScope(service, user);
        ReferralStatus shown = status == ReferralStatus.WAITLISTED ? ReferralStatus.WAITLISTED : ReferralStatus.RECEIVED;
        long[] c = counts(List.of(service.value())).getOrDefault(service.value(), new long[3]);
        String text = search == null || search.isBlank() ? null : search.strip();
        // A search narrows to the referrals whose reference contains the text or whose person's name does: the
        // people module says which of this queue's people are so named (ids only).
        String narrowed = "";
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("service", service.value());
        if (text != null) {
            List<UUID> queued = jdbc.sql("SELECT DISTINCT person_id FROM access.referral WHERE service_id = :service"
                    + " AND status = '%s'".formatted(shown.name()))
                    .param("service", service.value()).query(UUID.class).list();
            UUID[] named = people.namedAmong(text, queued.stream().map(PersonId::new).toList()).stream()
                    .map(PersonId::value).toArray(UUID[]::new);
            narrowed = " AND (reference ILIKE :pattern OR person_id = ANY (:named))";
            params.put("pattern", "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
            params.put("named", named);
        }
        long total = text == null ? (shown == ReferralStatus.WAITLISTED ? c[1] : c[0])
                : jdbc.sql("SELECT count(*) FROM access.referral WHERE service_id = :service AND status = '%s'"
                        .formatted(shown.name()) + narrowed).params(params).query(Long.class).single();
        int number = Math.max(0, page);
        long offset = (long) number * PAGE_SIZE;
        // The status is a literal so the planner matches the partial queue index.
        List<Row> rows = jdbc.sql("""
                SELECT id, reference, person_id, needs, urgent, risk_flags, safeguarding_concern,
                       ready_to_work_on_goals, gp_practice_id, status, received_at, waitlisted_at
                FROM access.referral
                WHERE service_id = :service AND status = '%s'%s
                ORDER BY received_at, id
                LIMIT :limit OFFSET :offset""".formatted(shown.name(), narrowed))
                .params(params)
                .param("limit", PAGE_SIZE)
                .param("offset", offset)
                .query((rs, n) -> new Row(rs.getObject("id", UUID.class), rs.getString("reference"),
                        rs.getObject("person_id", UUID.class), enums(rs.getArray("needs"), Need.class),
                        rs.getBoolean("urgent"), enums(rs.getArray("risk_flags"), ExclusionFlag.class),
                        rs.getBoolean("safeguarding_concern"), (Boolean) rs.getObject("ready_to_work_on_goals"),
                        rs.getObject("gp_practice_id", UUID.class), ReferralStatus.valueOf(rs.getString("status")),
                        rs.getTimestamp("received_at").toInstant(),
                        rs.getTimestamp("waitlisted_at") == null ? null : rs.getTimestamp("waitlisted_at").toInstant()))
                .list();
        Map<PersonId, PersonSummary> persons = rows.isEmpty() ? Map.of()
                : people.findAll(rows.stream().map(r -> new PersonId(r.personId())).collect(Collectors.toSet()));
        DeliveryModel model = catalogue.deliveryModel(service).orElseThrow();
        LocalDate today = today();
        List<QueueRow> shownRows = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            Row r = rows.get(i);
            PersonSummary person = persons.get(new PersonId(r.personId()));
            Integer age = person == null || person.dateOfBirth() == null ? null : person.ageOn(today);
            boolean meets = CriteriaEvaluation.evaluate(model, new CriteriaEvaluation.Facts(age, r.needs(), r.flags(),
                    r.ready(), r.practice() == null ? null : new OrganisationId(r.practice()))).meetsCriteria();
            LocalDate received = r.receivedAt().atZone(TriageSettings.ZONE).toLocalDate();
            int waiting = settings.workingDays().between(received, today);
            boolean waitlisted = r.status() == ReferralStatus.WAITLISTED;
            LocalDate waitlistedOn = r.waitlistedAt() == null ? null
                    : r.waitlistedAt().atZone(TriageSettings.ZONE).toLocalDate();
            shownRows.add(new QueueRow(new ReferralId(r.id()), r.reference(),
                    person == null ? "Unknown person" : person.fullName(), age, labels(r.needs()), r.urgent(),
                    flags(r.flags(), r.safeguarding()), received, waiting,
                    r.status() == ReferralStatus.RECEIVED && waiting >= settings.unactionedWorkingDays(), meets,
                    r.status(), !waitlisted ? null
                            : text == null ? (int) (offset + i + 1) : waitingListPosition(service.value(), r.receivedAt(), r.id()),
                    waitlistedOn,
                    waitlistedOn == null ? null : (int) ChronoUnit.DAYS.between(waitlistedOn, today)));
        }
        Page<QueueRow> result = new PageImpl<>(shownRows, PageRequest.of(number, PAGE_SIZE), total);
        return new QueuePage(service, name, shown, result, c[0], c[1], c[2], settings.unactionedWorkingDays(), text);
    }

    // ---- one referral ----------------------------------------------------------------------------------------

    @Override
    @Transactional(readOnly = true)
    public ReferralView referral(ReferralId id, PathwayUser user) {
        Referral referral = load(id, user);
        audit.viewed("referral", id.toString(), "triage");
        PersonSummary person = people.find(new PersonId(referral.personId())).orElse(null);
        LocalDate today = today();
        Integer age = person == null || person.dateOfBirth() == null ? null : person.ageOn(today);
        ServiceDetails service = catalogue.service(new ServiceId(referral.serviceId())).orElseThrow();
        DeliveryModel model = service.model();
        CriteriaEvaluation.Result evaluation = CriteriaEvaluation.evaluate(model, facts(referral, age));
        LocalDate received = referral.receivedAt().atZone(TriageSettings.ZONE).toLocalDate();
        int waiting = settings.workingDays().between(received, today);
        Integer position = referral.status() == ReferralStatus.WAITLISTED ? waitingListPosition(referral) : null;
        List<PractitionerChoice> choices = referral.status().isOpen() ? practitionerChoices(service, user)
                : List.of();
        String allocatedTo = referral.allocatedPractitionerId() == null ? null
                : practitioners.practitioner(new PractitionerId(referral.allocatedPractitionerId()), user)
                        .map(PractitionerRegister.PractitionerDetails::name).orElse("a practitioner");
        return new ReferralView(id, referral.reference(), referral.status(),
                new ServiceRef(service.id(), service.name()), model.accessSummary(),
                person == null ? "Unknown person" : person.fullName(), person == null ? null : person.dateOfBirth(), age,
                person == null ? null : person.nhsNumber(), person == null ? null : person.postcode(),
                howToReach(referral), referral.source().label(), referral.referrerName(), labels(referral.needs()), referral.context(),
                referral.urgent(), flags(referral.riskFlags(), referral.safeguardingConcern()),
                referral.readyToWorkOnGoals(), referral.consentToContact(), referral.consentToShareWithGp(),
                referral.receivedAt().atZone(TriageSettings.ZONE).toLocalDateTime(), waiting,
                referral.status() == ReferralStatus.RECEIVED && waiting >= settings.unactionedWorkingDays(), position,
                referral.waitlistedAt() == null ? null : referral.waitlistedAt().atZone(TriageSettings.ZONE).toLocalDate(),
                evaluation.meetsCriteria(),
                evaluation.checks().stream().map(c -> new Check(c.criterion(), c.met(), c.explanation())).toList(),
                choices, referral.status().isOpen() ? redirectOptions(referral, age) : List.of(),
                referral.declineReason(), referral.outsideCriteriaReason(), allocatedTo,
                knownPerson.of(referral.referralId().value(), referral.personId(), referral.status().isOpen(),
                        scope(user).keySet(), user));
    }

    /** How to reach the person: their record's contact details (a view audited by people) and latest consent. */
    private HowToReach howToReach(Referral referral) {
        PersonId person = new PersonId(referral.personId());
        People.ContactDetails contact = people.contactDetails(List.of(person)).get(person);
        People.ConsentRecord consent = people.consents(person).get(ConsentPurpose.CONTACT);
        boolean mayBeContacted = consent == null ? referral.consentToContact() : consent.given();
        String practice = referral.gpPracticeId() == null ? null
                : directory.practice(new OrganisationId(referral.gpPracticeId())).map(OrganisationRef::displayName)
                        .orElse("A GP practice no longer on record");
        if (contact == null) {
            return new HowToReach(null, null, null, null, null, null, mayBeContacted, practice);
        }
        return new HowToReach(contact.preferred() == null ? null : contact.preferred().label(), contact.phone(),
                contact.email(), contact.postcode(), contact.communicationNeeds(), contact.interpreterLanguage(),
                mayBeContacted, practice);
    }

    /** Loads a referral only when it belongs to a service in the user's scope. */
    private Referral load(ReferralId id, PathwayUser user) {
        Map<UUID, String> scope = scope(user);
        boolean inScope = !scope.isEmpty() && jdbc.sql(
                "SELECT count(*) FROM access.referral WHERE id = :id AND service_id IN (:services)")
                .param("id", id.value()).param("services", scope.keySet()).query(Long.class).single() > 0;
        if (!inScope) {
            throw new NoSuchElementException("No referral " + id + " to triage");
        }
        return referrals.find(id).orElseThrow(() -> new NoSuchElementException("No referral " + id));
    }

    private int waitingListPosition(Referral referral) {
        return waitingListPosition(referral.serviceId(), referral.receivedAt(), referral.referralId().value());
    }

    private int waitingListPosition(UUID service, Instant receivedAt, UUID id) {
        return jdbc.sql("""
                SELECT count(*) + 1 FROM access.referral
                WHERE service_id = :service AND status = 'WAITLISTED' AND (received_at, id) < (:receivedAt, :id)""")
                .param("service", service)
                .param("receivedAt", java.sql.Timestamp.from(receivedAt))
                .param("id", id)
                .query(Integer.class).single();
    }

    private static CriteriaEvaluation.Facts facts(Referral referral, Integer age) {
        return new CriteriaEvaluation.Facts(age, referral.needs(), referral.riskFlags(), referral.readyToWorkOnGoals(),
                referral.gpPracticeId() == null ? null : new OrganisationId(referral.gpPracticeId()));
    }

    /** The service's practitioners with their open caseload against their cap, both as decision 0019 defines them. */
    private List<PractitionerChoice> practitionerChoices(ServiceDetails service, PathwayUser user) {
        List<PractitionerSummary> staff = practitioners.search(new PractitionerSearch(null, service.id(), null),
                PageRequest.of(0, 500), user).getContent();
        if (staff.isEmpty()) {
            return List.of();
        }
        List<PractitionerId> ids = staff.stream().map(PractitionerSummary::id).toList();
        Map<PractitionerId, Long> caseloads = openCaseloads.openCases(ids);
        Map<PractitionerId, Integer> caps = practitioners.caseloadCaps(ids, user);
        return staff.stream().map(p -> {
            long caseload = caseloads.getOrDefault(p.id(), 0L);
            Integer cap = caps.get(p.id());
            return new PractitionerChoice(p.id(), p.name(), p.fte(), caseload, cap,
                    CaseloadCap.oneMoreWouldPass(caseload, cap));
        }).toList();
    }

    /** Other services covering the person's practice whose criteria the person meets. */
    private List<ServiceRef> redirectOptions(Referral referral, Integer age) {
        List<ServiceSummary> candidates = referral.gpPracticeId() == null ? catalogue.services()
                : catalogue.servicesCovering(new OrganisationId(referral.gpPracticeId()));
        CriteriaEvaluation.Facts facts = facts(referral, age);
        return candidates.stream()
                .filter(s -> !s.id().value().equals(referral.serviceId()))
                .filter(s -> catalogue.deliveryModel(s.id())
                        .map(m -> CriteriaEvaluation.evaluate(m, facts).meetsCriteria()).orElse(false))
                .map(s -> new ServiceRef(s.id(), s.name()))
                .toList();
    }

    // ---- decisions -----------------------------------------------------------------------------------------

    @Override
    @Transactional
    public void accept(ReferralId id, PractitionerId practitioner, String outsideCriteriaReason, PathwayUser user) {
        Referral referral = load(id, user);
        ServiceDetails service = catalogue.service(new ServiceId(referral.serviceId())).orElseThrow();
        if (practitioner == null) {
            throw new Refused("practitioner", "Choose a practitioner to allocate the referral to");
        }
        boolean delivers = practitioners.search(new PractitionerSearch(null, service.id(), null),
                PageRequest.of(0, 500), user).getContent().stream().anyMatch(p -> p.id().equals(practitioner));
        if (!delivers) {
            throw new Refused("practitioner", "Choose one of this service's practitioners");
        }
        PersonSummary person = people.find(new PersonId(referral.personId())).orElse(null);
        Integer age = person == null || person.dateOfBirth() == null ? null : person.ageOn(today());
        boolean meets = CriteriaEvaluation.evaluate(service.model(), facts(referral, age)).meetsCriteria();
        if (!meets && (outsideCriteriaReason == null || outsideCriteriaReason.isBlank())) {
            throw new Refused("outsideCriteriaReason",
                    "Give a reason for accepting a referral outside the service's criteria");
        }
        decide(referral, null, r -> {
            r.accept(practitioner.value(), meets, outsideCriteriaReason, clock.instant(), user.getUsername());
            return null;
        });
        referrals.save(referral);
        audit.changed("referral", id.toString(), meets ? "accepted" : "accepted outside criteria");
    }

    @Override
    @Transactional
    public void decline(ReferralId id, String reason, PathwayUser user) {
        Referral referral = load(id, user);
        if (reason == null || reason.isBlank()) {
            throw new Refused("declineReason", "Give the reason for declining: the referrer is told it");
        }
        decide(referral, null, r -> {
            r.decline(reason, clock.instant(), user.getUsername());
            return null;
        });
        referrals.save(referral);
        audit.changed("referral", id.toString(), "declined");
    }

    @Override
    @Transactional
    public String redirect(ReferralId id, ServiceId toService, String reason, PathwayUser user) {
        Referral referral = load(id, user);
        if (toService == null) {
            throw new Refused("toService", "Choose the service to redirect the referral to");
        }
        if (reason == null || reason.isBlank()) {
            throw new Refused("redirectReason", "Give the reason for redirecting the referral");
        }
        PersonSummary person = people.find(new PersonId(referral.personId())).orElse(null);
        Integer age = person == null || person.dateOfBirth() == null ? null : person.ageOn(today());
        if (referral.status().isOpen() && redirectOptions(referral, age).stream().noneMatch(s -> s.id().equals(toService))) {
            throw new Refused("toService", "Choose one of the services listed: the person meets their criteria");
        }
        Referral next = decide(referral, null,
                r -> r.redirect(toService.value(), reason.strip(), referrals.nextReference(), clock.instant(),
                        user.getUsername()));
        referrals.save(next);
        referrals.save(referral);
        audit.changed("referral", id.toString(), "redirected to " + next.reference());
        return next.reference();
    }

    @Override
    @Transactional
    public void waitlist(ReferralId id, PathwayUser user) {
        Referral referral = load(id, user);
        decide(referral, null, r -> {
            r.waitlist(clock.instant(), user.getUsername());
            return null;
        });
        referrals.save(referral);
        audit.changed("referral", id.toString(), "placed on the waiting list");
    }

    @Override
    @Transactional
    public String linkToKnownPerson(ReferralId id, PersonId person, PathwayUser user) {
        Referral referral = load(id, user);
        PersonSummary chosen = person == null ? null : people.possiblyAlsoKnownAs(new PersonId(referral.personId()))
                .stream().map(c -> c.person()).filter(p -> p.id().equals(person)).findFirst().orElse(null);
        if (chosen == null) {
            throw new Refused("knownPerson", "Choose one of the people listed as possibly the same person");
        }
        UUID before = referral.personId();
        decide(referral, "knownPerson", r -> {
            r.linkToKnownPerson(chosen.id().value());
            return null;
        });
        referrals.save(referral);
        audit.changed("referral", id.toString(), "linked to person " + chosen.id() + " (was " + before
                + "), chosen by the practitioner as the same person");
        return chosen.fullName();
    }

    private static <T> T decide(Referral referral, String field, Function<Referral, T> transition) {
        try {
            return transition.apply(referral);
        } catch (IllegalStateException refused) {
            throw new Refused(field, refused.getMessage());
        }
    }

    // ---- figures -------------------------------------------------------------------------------------------

    @Override
    @Transactional(readOnly = true)
    public Figures figures(ServiceId service, PathwayUser user) {
        String name = serviceInScope(service, user);
        Instant since = clock.instant().minus(FIGURES_DAYS, ChronoUnit.DAYS);
        return jdbc.sql("""
                WITH accepted AS (
                  SELECT count(*) AS accepted, count(*) FILTER (WHERE outside_criteria_reason IS NOT NULL) AS outside
                  FROM access.referral
                  WHERE service_id = :service AND status = 'ACCEPTED' AND decided_at >= :since),
                actioned AS (
                  SELECT count(*) AS actioned,
                         percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM first_action_at - received_at)) AS median,
                         percentile_cont(0.9) WITHIN GROUP (ORDER BY extract(epoch FROM first_action_at - received_at)) AS p90
                  FROM access.referral
                  WHERE service_id = :service AND received_at >= :since AND first_action_at IS NOT NULL)
                SELECT accepted, outside, actioned, median, p90 FROM accepted, actioned""")
                .param("service", service.value())
                .param("since", java.sql.Timestamp.from(since))
                .query((rs, n) -> {
                    long accepted = rs.getLong("accepted");
                    long outside = rs.getLong("outside");
                    Double median = (Double) rs.getObject("median");
                    Double p90 = (Double) rs.getObject("p90");
                    return new Figures(service, name, FIGURES_DAYS, accepted, outside,
                            accepted == 0 ? null : (double) outside / accepted, rs.getLong("actioned"),
                            median == null ? null : median / 3600, p90 == null ? null : p90 / 3600);
                }).single();
    }

    // ---- helpers -------------------------------------------------------------------------------------------

    private static <E extends Enum<E>> Set<E> enums(Array array, Class<E> type) throws SQLException {
        EnumSet<E> set = EnumSet.noneOf(type);
        if (array != null) {
            Arrays.stream((String[]) array.getArray()).map(v -> Enum.valueOf(type, v)).forEach(set::add);
        }
        return set;
    }

    private static List<String> labels(Set<Need> needs) {
        return needs.stream().map(Need::label).toList();
    }

    private static List<String> flags(Set<ExclusionFlag> flags, boolean safeguarding) {
        List<String> shown = new ArrayList<>();
        if (safeguarding) {
            shown.add("Safeguarding concern");
        }
        flags.stream().map(ExclusionFlag::label).forEach(shown::add);
        return shown;
    }
}
