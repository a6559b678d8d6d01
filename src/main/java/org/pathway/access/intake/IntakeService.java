package org.pathway.access.intake;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.Period;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.pathway.access.ReferralCases;
import org.pathway.access.ReferralChannel;
import org.pathway.access.ReferralId;
import org.pathway.access.ReferralSource;
import org.pathway.access.referrals.ReferralStatus;
import org.pathway.access.referrals.Referral;
import org.pathway.access.referrals.ReferralAggregates;
import org.pathway.governance.Accounts;
import org.pathway.governance.AuditLog;
import org.pathway.governance.PathwayUser;
import org.pathway.governance.Role;
import org.pathway.people.ConsentPurpose;
import org.pathway.people.People;
import org.pathway.people.PersonId;
import org.pathway.people.PersonMatch;
import org.pathway.people.PersonSummary;
import org.pathway.platform.Refusal;
import org.pathway.platform.Text;
import org.pathway.platform.UkTime;
import org.pathway.platform.web.Option;
import org.pathway.shared.Need;
import org.pathway.workforce.OrganisationId;
import org.pathway.workforce.ReferralCriteria;
import org.pathway.workforce.ReferralDirectory;
import org.pathway.workforce.ServiceCatalogue.ServiceSummary;
import org.pathway.workforce.ServiceId;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class IntakeService implements ReferralIntake {

    private final People people;
    private final ReferralDirectory directory;
    private final ReferralAggregates records;
    private final SelfReferralLimit limit;
    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final Clock clock;
    private final Accounts accounts;
    /** What became of accepted referrals, from the module that carries the work on (engagement). */
    private final ObjectProvider<ReferralCases> referralCases;

    IntakeService(People people, ReferralDirectory directory, ReferralAggregates records,
            SelfReferralLimit limit, JdbcClient jdbc, AuditLog audit, Clock clock,
            Accounts accounts, ObjectProvider<ReferralCases> referralCases) {
        this.accounts = accounts;
        this.referralCases = referralCases;
        this.people = people;
        this.directory = directory;
        this.records = records;
        this.limit = limit;
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    // ---- choices -------------------------------------------------------------------------------------------

    @Override
    public Choices staffChoices(OrganisationId practice) {
        return new Choices(practices(), practice == null ? List.of() : servicesCovering(practice));
    }

    @Override
    public List<Option> practices() {
        return directory.practices().stream().map(o -> new Option(o.id().toString(), o.displayName())).toList();
    }

    private List<ServiceChoice> servicesCovering(OrganisationId practice) {
        return directory.servicesTakingReferralsFrom(practice).stream()
                .map(s -> new ServiceChoice(s.id().value(), s.name(), s.statement(),
                        directory.serviceToReferTo(s.id()).map(d -> d.model().summary()).orElse(null)))
                .toList();
    }

    // ---- staff form ----------------------------------------------------------------------------------------

    @Override
    @Transactional
    public StaffOutcome submit(StaffReferral form, PathwayUser user) {
        Optional<ReferralAggregates.Submitted> already = alreadySent(form.submissionKey());
        if (already.isPresent()) {
            return new Sent(already.get().referralId(), already.get().reference(), true);
        }
        List<Option> practices = practices();
        UUID practiceId = IntakeChecks.uuid(form.gpPracticeId());
        boolean knownPractice = practiceId != null && practices.stream().anyMatch(p -> p.value().equals(practiceId.toString()));
        Set<UUID> covering = knownPractice ? servicesCovering(new OrganisationId(practiceId)).stream()
                .map(ServiceChoice::id).collect(Collectors.toSet()) : Set.of();
        IntakeChecks.Checked checked = IntakeChecks.staff(form, today(), ids(practices), covering);
        if (!checked.valid()) {
            throw new Refusal(checked.problems());
        }
        String by = user.getUsername();
        PersonId person;
        boolean mayChoose = user.role() == Role.LINK_WORKER || user.role() == Role.SERVICE_MANAGER;
        PersonMatch match = mayChoose ? people.match(checked.person()) : null;
        if (match instanceof PersonMatch.Candidates candidates) {
            String choice = Text.blankToNull(form.personChoice());
            Optional<PersonSummary> chosen = candidates.candidates().stream().map(PersonMatch.Candidate::person)
                    .filter(p -> p.id().toString().equals(choice)).findFirst();
            if (chosen.isPresent()) {
                person = people.linkChosen(chosen.get().id(), checked.person(), by).person();
            } else if (StaffReferral.NEW_PERSON.equals(choice)) {
                person = people.register(checked.person(), by).person();
            } else {
                List<PersonSummary> shown = candidates.candidates().stream().map(PersonMatch.Candidate::person).toList();
                audit.viewedAll("person", shown.stream().map(p -> p.id().toString()).toList(),
                        "possible match for a new referral");
                return new ChoosePerson(shown, candidates.candidates().stream().map(PersonMatch.Candidate::reason).toList());
            }
        } else {
            person = people.register(checked.person(), by).person();
        }
        recordConsents(person, form.consentToReferral(), form.consentToContact(), form.consentToShareWithGp(), by);
        Routing routing = checked.service() != null ? chosenService(checked.service()) : route(checked);
        Referral referral = Referral.receive(new Referral.Intake(ReferralChannel.STAFF_FORM, checked.source(),
                person.value(), routing.service(), by, user.displayName(), user.organisationId(), checked.practice(),
                checked.needs(), Text.blankToNull(form.context()), checked.urgent(), checked.flags(),
                checked.safeguarding(), checked.ready(), true, form.consentToContact(), form.consentToShareWithGp(),
                form.submissionKey()), records.nextReference(), clock.instant(), by);
        save(referral, routing);
        return new Sent(referral.referralId(), referral.reference(), false);
    }

    // ---- self-referral -------------------------------------------------------------------------------------

    @Override
    @Transactional
    public SelfOutcome selfRefer(SelfReferral form, String clientAddress) {
        List<Option> practices = practices();
        IntakeChecks.Checked checked = IntakeChecks.self(form, today(), ids(practices));
        if (!checked.valid()) {
            throw new Refusal(checked.problems());
        }
        Optional<ReferralAggregates.Submitted> already = alreadySent(form.submissionKey());
        if (already.isPresent()) {
            return new SelfSent(already.get().reference());
        }
        if (!limit.allow(clientAddress)) {
            return new TooManyAttempts();
        }
        if (Text.blankToNull(form.website()) != null) {
            // A robot filled in the field people never see: answer as if sent, and keep nothing.
            return new SelfSent(records.nextReference());
        }
        String by = "anonymous";
        // Linked to a known person or recorded as new: the answer is the same either way.
        PersonId person = people.register(checked.person(), by).person();
        recordConsents(person, form.consentToReferral(), form.consentToContact(), form.consentToShareWithGp(), by);
        Routing routing = route(checked);
        Referral referral = Referral.receive(new Referral.Intake(ReferralChannel.SELF_REFERRAL, ReferralSource.SELF,
                person.value(), routing.service(), null, "Self-referral", null, checked.practice(), checked.needs(),
                Text.blankToNull(form.anythingElse()), false, checked.flags(), false, null, true,
                form.consentToContact(), form.consentToShareWithGp(), Text.blankToNull(form.submissionKey())),
                records.nextReference(), clock.instant(), by);
        save(referral, routing);
        return new SelfSent(referral.reference());
    }

    // ---- shared steps --------------------------------------------------------------------------------------

    private Optional<ReferralAggregates.Submitted> alreadySent(String submissionKey) {
        String key = Text.blankToNull(submissionKey);
        return key == null ? Optional.empty() : records.bySubmissionKey(key);
    }

    private void recordConsents(PersonId person, boolean referral, boolean contact, boolean shareWithGp, String by) {
        people.recordConsent(person, ConsentPurpose.REFERRAL, referral, by);
        people.recordConsent(person, ConsentPurpose.CONTACT, contact, by);
        people.recordConsent(person, ConsentPurpose.SHARE_WITH_GP, shareWithGp, by);
    }

    private void save(Referral referral, Routing routing) {
        records.saveNow(referral);
        jdbc.sql("INSERT INTO access.referral_routing (referral_id, routed_by_ics, note) VALUES (?, ?, ?)")
                .params(referral.referralId().value(), routing.byIcs(), routing.note()).update();
        audit.changed("referral", referral.referralId().toString(), "referral received ("
                + referral.channel().name().toLowerCase().replace('_', ' ') + ", " + referral.reference() + ")");
    }

    record Routing(UUID service, boolean byIcs, String note) {}

    private Routing chosenService(UUID service) {
        String name = directory.serviceToReferTo(new ServiceId(service)).map(s -> s.name()).orElse("the service");
        return new Routing(service, false, "Sent to " + name + ", the service the referrer chose.");
    }

    /**
     * The ICS rule: the first service by name covering the person's GP practice whose criteria they meet;
     * otherwise the first service covering the practice, which triages it; otherwise nobody yet.
     */
    Routing route(IntakeChecks.Checked checked) {
        OrganisationId practice = checked.practice() == null ? null : new OrganisationId(checked.practice());
        Integer age = checked.person().dateOfBirth() == null ? null
                : Period.between(checked.person().dateOfBirth(), today()).getYears();
        ReferralCriteria.Facts facts = new ReferralCriteria.Facts(age, checked.needs(), checked.flags(),
                checked.ready(), practice);
        // With no GP practice known, the person's postcode district stands in for it (services covering a practice
        // there, then those covering the whole ICS).
        List<ServiceSummary> covering = practice != null ? directory.servicesTakingReferralsFrom(practice)
                : directory.servicesTakingReferralsNear(checked.person().postcode());
        String area = practice != null ? "the GP practice"
                : "the postcode " + checked.person().postcode() + " (GP practice not known)";
        for (ServiceSummary service : covering) {
            boolean meets = directory.serviceToReferTo(service.id())
                    .map(s -> s.model().criteria().evaluate(facts).meetsCriteria()).orElse(false);
            if (meets) {
                return new Routing(service.id().value(), true, "Routed by the ICS to " + service.name()
                        + ": the first service covering " + area + " whose criteria the person meets.");
            }
        }
        if (!covering.isEmpty()) {
            ServiceSummary first = covering.get(0);
            return new Routing(first.id().value(), true, "Routed by the ICS to " + first.name()
                    + ", which covers " + area + ": the person does not meet every criterion of any service"
                    + " covering it, so " + first.name() + " will look at the referral and may redirect it.");
        }
        return new Routing(null, true, "No service covers " + area
                + " yet: the ICS will choose a service for the referral.");
    }

    // ---- my referrals --------------------------------------------------------------------------------------

    @Override
    @Transactional(readOnly = true)
    public Page<MyReferral> referralsBy(PathwayUser user, int page) {
        int number = Math.max(page, 0);
        long total = jdbc.sql("SELECT count(*) FROM access.referral WHERE referrer_username = ?")
                .param(user.getUsername()).query(Long.class).single();
        record Row(UUID id, String reference, UUID person, UUID service, ReferralStatus status, Instant at) {}
        List<Row> rows = jdbc.sql("""
                SELECT id, reference, person_id, service_id, status, received_at FROM access.referral
                WHERE referrer_username = ? ORDER BY received_at DESC, id LIMIT ? OFFSET ?""")
                .params(user.getUsername(), PAGE_SIZE, (long) number * PAGE_SIZE)
                .query((rs, n) -> new Row(rs.getObject("id", UUID.class), rs.getString("reference"),
                        rs.getObject("person_id", UUID.class), rs.getObject("service_id", UUID.class),
                        ReferralStatus.valueOf(rs.getString("status")),
                        rs.getObject("received_at", OffsetDateTime.class).toInstant()))
                .list();
        Map<PersonId, PersonSummary> persons = rows.isEmpty() ? Map.of()
                : people.findAll(rows.stream().map(r -> new PersonId(r.person())).distinct().toList());
        Map<UUID, String> services = serviceNames(rows.stream().map(Row::service).toArray(UUID[]::new));
        List<ReferralId> accepted = rows.stream().filter(r -> r.status() == ReferralStatus.ACCEPTED)
                .map(r -> new ReferralId(r.id())).toList();
        Map<ReferralId, ReferralCases.CaseState> cases = accepted.isEmpty() ? Map.of()
                : referralCases.stream().flatMap(c -> c.casesFor(accepted).entrySet().stream())
                        .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a));
        List<MyReferral> content = rows.stream().map(r -> new MyReferral(new ReferralId(r.id()), r.reference(),
                Optional.ofNullable(persons.get(new PersonId(r.person()))).map(PersonSummary::fullName).orElse("Unknown"),
                r.service() == null ? "Not yet chosen" : services.getOrDefault(r.service(), "Unknown service"),
                r.status(), r.at(), ReferralStages.of(r.status(), cases.get(new ReferralId(r.id()))))).toList();
        return new PageImpl<>(content, PageRequest.of(number, PAGE_SIZE), total);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<ReferralDetail> referralBy(ReferralId id, PathwayUser user) {
        Optional<Referral> found = records.find(id)
                .filter(r -> user.getUsername().equals(r.referrerUsername()));
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Referral r = found.get();
        PersonSummary person = people.find(new PersonId(r.personId())).orElse(null);
        audit.viewed("referral", id.toString(), null);
        UUID redirectedService = r.redirectedTo() == null ? null
                : records.find(new ReferralId(r.redirectedTo())).map(Referral::serviceId).orElse(null);
        Map<UUID, String> services = serviceNames(r.serviceId(), redirectedService);
        record Change(java.time.Instant at, ReferralStatus to, String by, String reason) {}
        List<Change> changes = jdbc.sql("""
                SELECT changed_at, to_status, changed_by, reason FROM access.referral_status_change
                WHERE referral_id = ? ORDER BY changed_at, id""").param(id.value())
                .query((rs, n) -> new Change(rs.getObject("changed_at", OffsetDateTime.class).toInstant(),
                        ReferralStatus.valueOf(rs.getString("to_status")), rs.getString("changed_by"),
                        rs.getString("reason")))
                .list();
        List<ReferralCases.CaseStep> caseSteps = referralCases.stream()
                .flatMap(cases -> cases.caseHistory(id).stream()).toList();
        ReferralCases.CaseState caseState = referralCases.stream()
                .map(cases -> cases.casesFor(List.of(id)).get(id)).filter(java.util.Objects::nonNull)
                .findFirst().orElse(null);
        java.util.Set<String> usernames = new java.util.HashSet<>();
        changes.forEach(c -> usernames.add(c.by()));
        caseSteps.forEach(c -> usernames.add(c.by()));
        Map<String, Accounts.AccountHolder> holders = accounts.holders(usernames);
        List<HistoryStep> history = new java.util.ArrayList<>();
        changes.forEach(c -> history.add(new HistoryStep(c.at(), c.to().label(), who(c.by(), holders), c.reason())));
        // The case's steps (opened, closed, reopened) follow the referral's, in time order; opening repeats the
        // acceptance, so only what happened after it is shown.
        caseSteps.stream().filter(c -> !c.what().equals("Case opened"))
                .forEach(c -> history.add(new HistoryStep(c.at(), c.what(), who(c.by(), holders), c.reason())));
        history.sort(java.util.Comparator.comparing(HistoryStep::at));
        String routing = jdbc.sql("SELECT note FROM access.referral_routing WHERE referral_id = ?").param(id.value())
                .query(String.class).optional().orElse(null);
        String outcome = switch (r.status()) {
            case DECLINED -> r.declineReason();
            case REDIRECTED -> {
                String reason = changes.isEmpty() ? null : changes.get(changes.size() - 1).reason();
                String to = redirectedService == null ? null : services.get(redirectedService);
                yield (to == null ? "" : "Sent on to " + to + ". ") + (reason == null ? "" : reason);
            }
            default -> null;
        };
        return Optional.of(new ReferralDetail(r.referralId(), r.reference(), person,
                r.serviceId() == null ? "Not yet chosen" : services.getOrDefault(r.serviceId(), "Unknown service"),
                r.source(), r.status(), ReferralStages.of(r.status(), caseState), r.receivedAt(),
                r.needs().stream().map(Need::label).toList(), r.context(), routing, outcome, history));
    }

    /** Who acted, as people read it: name, role and organisation. */
    private static String who(String username, Map<String, Accounts.AccountHolder> holders) {
        if ("anonymous".equals(username)) {
            return "The person, through the self-referral form";
        }
        Accounts.AccountHolder holder = holders.get(username);
        return holder == null ? username : holder.described();
    }

    private Map<UUID, String> serviceNames(UUID... ids) {
        Map<UUID, String> names = new LinkedHashMap<>();
        directory.serviceNames(java.util.Arrays.stream(ids).filter(java.util.Objects::nonNull).map(ServiceId::new)
                .toList()).forEach((id, name) -> names.put(id.value(), name));
        return names;
    }

    private LocalDate today() {
        return UkTime.today(clock);
    }

    private static Set<UUID> ids(List<Option> options) {
        return options.stream().map(o -> UUID.fromString(o.value())).collect(Collectors.toSet());
    }

}
