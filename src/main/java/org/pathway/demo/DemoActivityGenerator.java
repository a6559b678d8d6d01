package org.pathway.demo;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import org.pathway.access.loading.AccessLoader.Batch;
import org.pathway.access.ReferralChannel;
import org.pathway.access.loading.AccessLoader.OutreachList;
import org.pathway.access.loading.AccessLoader.ReferralHistory;
import org.pathway.access.loading.AccessLoader.Step;
import org.pathway.access.loading.AccessLoader.WelfareCheck;
import org.pathway.access.loading.AccessLoader.WelfareContact;
import org.pathway.access.ContactOutcome;
import org.pathway.access.ReferralSource;
import org.pathway.people.ContactMethod;
import org.pathway.people.PersonDetails;
import org.pathway.people.Sex;
import org.pathway.shared.ExclusionFlag;
import org.pathway.shared.Need;
import org.pathway.shared.NhsNumber;
import org.pathway.workforce.OrganisationKind;
import org.pathway.workforce.ServiceCommand;
import org.pathway.workforce.WorkforceLoader.NewOrganisation;
import org.pathway.workforce.WorkforceLoader.NewPractitioner;
import org.pathway.workforce.WorkforceLoader.NewService;

/**
 * Generates two years of access activity for a demo ICS, ending the day before {@code end}: referrals from every
 * source to every service (more from GPs, fewer in August and at Christmas, a burst in one spring), decided as a
 * service would (accepted, waitlisted, declined with a reason, redirected to a service whose criteria the person
 * meets, accepted outside criteria with a reason, more of them during the burst), the most recent still waiting;
 * repeat referrals of the same people; and an outreach list that several organisations imported and called the
 * same people from during the burst. The same seed, ICS, scale and end date always give the same activity.
 * {@code scale} 1.0 is about 30,000 referrals a year (PRODUCT.md §6). The demo sign-ins always get a small
 * slice of their own: the referrer's referrals in every state, and a waiting triage queue (some overdue) for
 * the managed employer's services.
 */
final class DemoActivityGenerator {

    static final int REFERRALS_PER_YEAR = 30_000;
    static final ZoneId ZONE = ZoneId.of("Europe/London");
    static final String REFERRER = "referrer";
    static final String LINK_WORKER = "linkworker";
    static final String MANAGER = "manager";
    /** How many referrals the demo link worker has accepted for themselves in the last months. */
    static final int LINK_WORKER_CASES = 42;

    private static final Map<ReferralSource, Integer> SOURCE_WEIGHTS = new LinkedHashMap<>();
    static {
        SOURCE_WEIGHTS.put(ReferralSource.GP, 34);
        SOURCE_WEIGHTS.put(ReferralSource.PRACTICE_NURSE, 8);
        SOURCE_WEIGHTS.put(ReferralSource.OTHER_PRIMARY_CARE, 6);
        SOURCE_WEIGHTS.put(ReferralSource.HOSPITAL, 6);
        SOURCE_WEIGHTS.put(ReferralSource.MENTAL_HEALTH, 5);
        SOURCE_WEIGHTS.put(ReferralSource.LOCAL_AUTHORITY, 6);
        SOURCE_WEIGHTS.put(ReferralSource.VCSE, 6);
        SOURCE_WEIGHTS.put(ReferralSource.HOUSING, 4);
        SOURCE_WEIGHTS.put(ReferralSource.JOB_CENTRE, 3);
        SOURCE_WEIGHTS.put(ReferralSource.SELF, 10);
        SOURCE_WEIGHTS.put(ReferralSource.FAMILY_CARER, 4);
        SOURCE_WEIGHTS.put(ReferralSource.OUTREACH_LIST, 5);
        SOURCE_WEIGHTS.put(ReferralSource.OTHER, 3);
    }

    private static final Need[] COMMON_NEEDS = {Need.LONELINESS, Need.LONELINESS, Need.LONELINESS, Need.LOW_MOOD_ANXIETY,
            Need.LOW_MOOD_ANXIETY, Need.LONG_TERM_CONDITION, Need.LONG_TERM_CONDITION, Need.MONEY_DEBT_BENEFITS,
            Need.MONEY_DEBT_BENEFITS, Need.HOUSING, Need.BEREAVEMENT, Need.PHYSICAL_ACTIVITY, Need.HEALTHY_WEIGHT,
            Need.EMPLOYMENT_LEARNING_VOLUNTEERING, Need.CARER_SUPPORT, Need.RELATIONSHIPS, Need.DIGITAL_INCLUSION,
            Need.OTHER};

    private static final List<String> DECLINE_REASONS = List.of(
            "Person declined support when we called",
            "Unable to contact after three attempts",
            "Already supported by another service for the same needs",
            "Needs are clinical: advised the referrer to contact the GP");

    private static final List<String> OUTSIDE_CRITERIA_REASONS = List.of(
            "Isolated since shielding: no other service can see them sooner",
            "Carer for a shielding relative, at risk of crisis without support",
            "GP asked us to see them: no suitable service in their area",
            "Just under the age criterion and lives alone",
            "Lost their job in the lockdown and struggling to cope");

    private static final List<String> CONTEXTS = List.of(
            "Lives alone since their partner died and rarely goes out.",
            "Struggling with bills and worried about losing their tenancy.",
            "Recently diagnosed with diabetes and finding it hard to manage.",
            "Would like to get more active but lacks confidence to join a group.",
            "Caring for their mother and has no time for themselves.",
            "Low mood since being made redundant.",
            "Frequent attender: most appointments are about loneliness.",
            "Discharged from hospital last week; no family nearby.",
            "Would like help getting online to order shopping and see family.",
            "Shielding and has not left the house for weeks.");

    private static final String POSTCODE_LETTERS = "ABDEFGHJLNPQRSTUWXYZ";

    /**
     * Surnames of the people referred: the South West ones without the distinctively Cornish surnames, which are
     * left to tests and demonstrations that add a person and then find them by surname.
     */
    static final List<String> PERSON_SURNAMES = java.util.Arrays.stream(SouthWest.SURNAMES)
            .filter(s -> !Set.of("Trelawny", "Pascoe", "Penrose", "Nancarrow", "Tregenza", "Trevithick", "Polglase",
                    "Rowe", "Chenoweth", "Jago", "Hocking", "Pengelly", "Tremayne", "Curnow", "Bolitho", "Kitto")
                    .contains(s))
            .toList();

    record Practice(UUID id, UUID pcn, String district) {}

    record Service(UUID id, ServiceCommand command, List<UUID> practitioners, Set<UUID> practices) {}

    private final Random random;
    private final DemoIcs ics;
    private final double scale;
    private final LocalDate end;
    private final LocalDate start;
    private final LocalDate burstStart;
    private final LocalDate burstEnd;
    private final String referrerName;
    private final List<Practice> practices = new ArrayList<>();
    private final List<Service> services = new ArrayList<>();
    private final Map<UUID, List<Service>> servicesByPractice = new LinkedHashMap<>();
    private final Map<UUID, String> practitionerUsernames = new LinkedHashMap<>();
    private final List<PersonDetails> people = new ArrayList<>();
    private final List<Practice> personPractice = new ArrayList<>();
    private final List<ReferralHistory> referrals = new ArrayList<>();
    private int nhsSequence;

    private DemoActivityGenerator(long seed, DemoIcs ics, double scale, LocalDate end, String referrerName) {
        this.random = new Random(seed * 31 + 17);
        this.ics = ics;
        this.scale = scale;
        this.end = end;
        this.start = end.minusYears(2);
        // The burst: the first spring of the period, as in 2020 (March to June).
        LocalDate spring = LocalDate.of(start.getYear() + (start.getMonthValue() > 3 ? 1 : 0), 3, 1);
        this.burstStart = spring;
        this.burstEnd = spring.plusMonths(4);
        this.referrerName = referrerName;
        this.nhsSequence = 500_000 + (int) Math.floorMod(seed, 100_000L); // clear of the low 999 numbers tests type
        index();
    }

    /** Generates the activity; {@code end} is the load date (nothing is dated on or after it). */
    static Batch generate(long seed, DemoIcs ics, double scale, LocalDate end, String referrerName) {
        return new DemoActivityGenerator(seed, ics, scale, end, referrerName).generate();
    }

    private void index() {
        Map<UUID, UUID> parents = new LinkedHashMap<>();
        for (NewOrganisation o : ics.workforce().organisations()) {
            if (o.command().parentId() != null) {
                parents.put(o.id().value(), o.command().parentId().value());
            }
            if (o.command().kind() == OrganisationKind.GP_PRACTICE) {
                practices.add(new Practice(o.id().value(), o.command().parentId().value(),
                        o.command().postcode().split(" ")[0]));
            }
        }
        Map<UUID, List<UUID>> staff = new LinkedHashMap<>();
        for (NewPractitioner p : ics.workforce().practitioners()) {
            practitionerUsernames.put(p.id().value(), username(p.command().name()));
            p.command().serviceIds().forEach(s -> staff.computeIfAbsent(s.value(), k -> new ArrayList<>()).add(p.id().value()));
        }
        practitionerUsernames.put(ics.linkWorkerId().value(), LINK_WORKER);
        ics.linkWorkerServices().forEach(s -> staff.computeIfAbsent(s.value(), k -> new ArrayList<>())
                .add(ics.linkWorkerId().value()));
        for (NewService s : ics.workforce().services()) {
            Set<UUID> areas = new LinkedHashSet<>();
            s.command().areaIds().forEach(a -> areas.add(a.value()));
            Set<UUID> covered = new LinkedHashSet<>();
            for (Practice p : practices) {
                if (areas.isEmpty() || areas.contains(p.id()) || areas.contains(p.pcn())) {
                    covered.add(p.id());
                }
            }
            List<UUID> team = staff.getOrDefault(s.id().value(), List.of());
            Service service = new Service(s.id().value(), s.command(),
                    team.isEmpty() ? List.of(ics.linkWorkerId().value()) : team, covered);
            services.add(service);
            covered.forEach(p -> servicesByPractice.computeIfAbsent(p, k -> new ArrayList<>()).add(service));
        }
    }

    private Batch generate() {
        int total = (int) Math.round(REFERRALS_PER_YEAR * 2 * scale);
        List<OutreachList> lists = outreach();
        int outreachPeople = people.size();
        double[] weights = new double[(int) ChronoUnit.DAYS.between(start, end)];
        double sum = 0;
        for (int d = 0; d < weights.length; d++) {
            weights[d] = dayWeight(start.plusDays(d));
            sum += weights[d];
        }
        double carried = 0;
        for (int d = 0; d < weights.length; d++) {
            carried += total * weights[d] / sum;
            LocalDate day = start.plusDays(d);
            while (carried >= 1) {
                carried -= 1;
                referral(day, outreachPeople);
            }
        }
        demoSlice();
        return new Batch(people, referrals, lists, "demo");
    }

    /** Fewer at weekends, in August and at Christmas; more in January and during the burst. */
    private double dayWeight(LocalDate day) {
        double w = switch (day.getDayOfWeek()) {
            case SATURDAY -> 0.08;
            case SUNDAY -> 0.04;
            default -> 1.0;
        };
        w *= switch (day.getMonth()) {
            case JANUARY -> 1.2;
            case AUGUST -> 0.75;
            case DECEMBER -> day.getDayOfMonth() > 20 ? 0.4 : 0.95;
            case SEPTEMBER, OCTOBER -> 1.1;
            default -> 1.0;
        };
        return inBurst(day) ? w * 1.7 : w;
    }

    private boolean inBurst(LocalDate day) {
        return !day.isBefore(burstStart) && day.isBefore(burstEnd);
    }

    private void referral(LocalDate day, int outreachPeople) {
        ReferralSource source = source();
        int person;
        if (source == ReferralSource.OUTREACH_LIST && outreachPeople > 0 && random.nextBoolean()) {
            person = random.nextInt(outreachPeople);
        } else if (people.size() > outreachPeople + 20 && random.nextInt(100) < 12) {
            person = outreachPeople + random.nextInt(people.size() - outreachPeople); // a repeat referral
        } else {
            person = newPerson(practices.get(random.nextInt(practices.size())), 18, 92);
        }
        Practice practice = personPractice.get(person);
        Instant received = at(day, source == ReferralSource.SELF ? 0 : 8, source == ReferralSource.SELF ? 23 : 18);
        long daysAgo = ChronoUnit.DAYS.between(day, end);
        Set<Need> needs = needs();
        Set<ExclusionFlag> flags = random.nextInt(100) < 4
                ? EnumSet.of(ExclusionFlag.values()[random.nextInt(ExclusionFlag.values().length)])
                : EnumSet.noneOf(ExclusionFlag.class);
        Boolean ready = random.nextInt(10) < 7 ? Boolean.TRUE : random.nextBoolean() ? Boolean.FALSE : null;
        // Most referrers choose a service whose criteria the person meets; some do not read them (or the ICS routes).
        List<Service> candidates = servicesByPractice.getOrDefault(practice.id(), services);
        List<Service> suitable = candidates.stream()
                .filter(s -> meets(s.command(), people.get(person), day, needs, flags, ready)).toList();
        Service service = !suitable.isEmpty() && random.nextInt(100) < 85 ? suitable.get(random.nextInt(suitable.size()))
                : candidates.get(random.nextInt(candidates.size()));
        List<Step> steps = new ArrayList<>();
        decide(service, person, day, received, needs, flags, ready, daysAgo, steps, 0);
        referrals.add(history(person, service, source, null, null, practice, needs, flags, ready, received, steps));
    }

    /** What the service did, or nothing yet when the referral is recent. */
    private void decide(Service service, int person, LocalDate day, Instant received, Set<Need> needs,
            Set<ExclusionFlag> flags, Boolean ready, long daysAgo, List<Step> steps, int depth) {
        if (daysAgo < 21 && random.nextInt(21) >= daysAgo) {
            if (random.nextInt(3) == 0) {
                Instant w = later(received, 1, Math.max(1, (int) daysAgo / 2));
                if (w.isBefore(endInstant())) {
                    steps.add(Step.waitlist(w, triager(service)));
                }
            }
            return;
        }
        int delay = 1 + random.nextInt(inBurst(day) ? 12 : 7);
        Instant first = later(received, 0, delay);
        boolean meets = meets(service.command(), people.get(person), day, needs, flags, ready);
        int roll = random.nextInt(100);
        String by = triager(service);
        if (meets) {
            if (roll < 10) {
                steps.add(Step.waitlist(first, by));
                steps.add(Step.accept(later(first, 5, 40), by, pick(service.practitioners()), null));
            } else if (roll < 86 || depth > 0) {
                steps.add(Step.accept(first, by, pick(service.practitioners()), null));
            } else if (roll < 96) {
                steps.add(Step.decline(first, by, DECLINE_REASONS.get(random.nextInt(DECLINE_REASONS.size()))));
            } else if (!redirect(service, person, day, first, by, needs, flags, ready, steps, depth)) {
                steps.add(Step.accept(first, by, pick(service.practitioners()), null));
            }
        } else {
            int outside = inBurst(day) ? 55 : 20;
            if (roll < outside || depth > 0 && roll < 60) {
                steps.add(Step.accept(first, by, pick(service.practitioners()),
                        OUTSIDE_CRITERIA_REASONS.get(random.nextInt(OUTSIDE_CRITERIA_REASONS.size()))));
            } else if (roll < 75 && redirect(service, person, day, first, by, needs, flags, ready, steps, depth)) {
                // redirected to a service whose criteria the person meets
            } else {
                steps.add(Step.decline(first, by, "Outside this service's criteria: " + criterion(service.command())));
            }
        }
    }

    private boolean redirect(Service from, int person, LocalDate day, Instant at, String by, Set<Need> needs,
            Set<ExclusionFlag> flags, Boolean ready, List<Step> steps, int depth) {
        List<Service> better = servicesByPractice.getOrDefault(personPractice.get(person).id(), List.of()).stream()
                .filter(s -> !s.id().equals(from.id()))
                .filter(s -> meets(s.command(), people.get(person), day, needs, flags, ready)).toList();
        if (better.isEmpty() || depth > 0) {
            return false;
        }
        Service to = better.get(random.nextInt(better.size()));
        steps.add(Step.redirect(at, by, to.id(), "Better suited to " + to.command().name()));
        long daysAgo = ChronoUnit.DAYS.between(at.atZone(ZONE).toLocalDate(), end);
        decide(to, person, day, at, needs, flags, ready, daysAgo, steps, depth + 1);
        return true;
    }

    /** Whether the person meets the service's explicit criteria, as triage evaluates them. */
    static boolean meets(ServiceCommand s, PersonDetails person, LocalDate on, Set<Need> needs, Set<ExclusionFlag> flags,
            Boolean ready) {
        int age = (int) ChronoUnit.YEARS.between(person.dateOfBirth(), on);
        if (s.minAge() != null && age < s.minAge() || s.maxAge() != null && age > s.maxAge()) {
            return false;
        }
        if (s.includedNeeds() != null && !s.includedNeeds().isEmpty()
                && needs.stream().noneMatch(s.includedNeeds()::contains)) {
            return false;
        }
        if (s.excludedNeeds() != null && needs.stream().anyMatch(s.excludedNeeds()::contains)) {
            return false;
        }
        if (s.exclusions() != null && flags.stream().anyMatch(s.exclusions()::contains)) {
            return false;
        }
        return !Boolean.TRUE.equals(s.readinessRequired()) || Boolean.TRUE.equals(ready);
    }

    private static String criterion(ServiceCommand s) {
        if (s.minAge() != null) {
            return "for people aged " + s.minAge() + " and over with the needs it supports";
        }
        return "for other needs";
    }

    /** The referrals the demo sign-ins see: the referrer's own, and a waiting queue for the link worker. */
    private void demoSlice() {
        Practice referrerPractice = practices.stream()
                .filter(p -> p.id().equals(ics.referrerPractice().value())).findFirst().orElse(practices.get(0));
        List<Service> theirs = servicesByPractice.getOrDefault(referrerPractice.id(), services);
        for (int i = 0; i < 12; i++) {
            LocalDate day = workingDayBefore(end, 3 + i * 9);
            int person = newPerson(referrerPractice, 25, 85);
            Service service = theirs.get(i % theirs.size());
            Instant received = at(day, 9, 17);
            Set<Need> needs = EnumSet.of(Need.LONELINESS, Need.LONG_TERM_CONDITION);
            Instant first = later(received, 1, 3);
            String by = triager(service);
            List<Step> steps = new ArrayList<>();
            switch (i % 6) {
                case 0 -> { }
                case 1 -> steps.add(Step.waitlist(first, by));
                case 2 -> steps.add(Step.accept(first, by, pick(service.practitioners()), null));
                case 3 -> steps.add(Step.decline(first, by, DECLINE_REASONS.get(i % DECLINE_REASONS.size())));
                case 4 -> {
                    Service to = theirs.stream().filter(s -> !s.id().equals(service.id())
                            && meets(s.command(), people.get(person), day, needs, Set.of(), true)).findFirst().orElse(null);
                    if (to == null) {
                        steps.add(Step.accept(first, by, pick(service.practitioners()), null));
                    } else {
                        steps.add(Step.redirect(first, by, to.id(), "Better suited to " + to.command().name()));
                    }
                }
                default -> steps.add(Step.accept(first, by, pick(service.practitioners()),
                        OUTSIDE_CRITERIA_REASONS.get(0)));
            }
            referrals.add(history(person, service, ReferralSource.GP, REFERRER, referrerName, referrerPractice, needs,
                    Set.of(), true, received, steps));
        }
        Set<UUID> queueServices = new LinkedHashSet<>();
        ics.linkWorkerServices().forEach(s -> queueServices.add(s.value()));
        int n = 0;
        for (Service service : services) {
            if (!queueServices.contains(service.id()) || service.practices().isEmpty()) {
                continue;
            }
            List<Practice> covered = practices.stream().filter(p -> service.practices().contains(p.id())).toList();
            for (int i = 0; i < 5; i++, n++) {
                LocalDate day = workingDayBefore(end, 1 + i * 3); // 1 to 13 working days ago: some overdue
                int minAge = service.command().minAge() == null ? 18 : service.command().minAge();
                int person = newPerson(covered.get(random.nextInt(covered.size())), minAge, 90);
                Instant received = at(day, 9, 17);
                List<Step> steps = new ArrayList<>();
                if (i % 3 == 2) {
                    steps.add(Step.waitlist(later(received, 0, 1), n % 2 == 0 ? LINK_WORKER : MANAGER));
                }
                ReferralSource source = i == 4 ? ReferralSource.SELF : ReferralSource.GP;
                referrals.add(history(person, service, source, null, null, personPractice.get(person),
                        EnumSet.of(Need.LONELINESS), Set.of(), true, received, steps));
            }
        }
        linkWorkerCaseload(queueServices);
    }

    /** The demo link worker's own caseload: referrals accepted for them over the last months (they open cases). */
    private void linkWorkerCaseload(Set<UUID> theirServices) {
        List<Service> theirs = services.stream()
                .filter(s -> theirServices.contains(s.id()) && !s.practices().isEmpty()).toList();
        if (theirs.isEmpty()) {
            return;
        }
        for (int i = 0; i < LINK_WORKER_CASES; i++) {
            Service service = theirs.get(i % theirs.size());
            LocalDate day = workingDayBefore(end, 8 + i * 3); // about 8 to 130 working days ago
            List<Practice> covered = practices.stream().filter(p -> service.practices().contains(p.id())).toList();
            int minAge = service.command().minAge() == null ? 18 : service.command().minAge();
            int person = newPerson(covered.get(random.nextInt(covered.size())), minAge, 90);
            Instant received = at(day, 9, 17);
            Set<Need> needs = needs();
            Set<ExclusionFlag> flags = i % 9 == 4
                    ? EnumSet.of(ExclusionFlag.values()[random.nextInt(ExclusionFlag.values().length)])
                    : EnumSet.noneOf(ExclusionFlag.class);
            List<Step> steps = List.of(Step.accept(later(received, 1, 4), i % 4 == 0 ? MANAGER : LINK_WORKER,
                    ics.linkWorkerId().value(), meets(service.command(), people.get(person), day, needs, flags, true) ? null
                            : OUTSIDE_CRITERIA_REASONS.get(i % OUTSIDE_CRITERIA_REASONS.size())));
            referrals.add(history(person, service, ReferralSource.GP, null, null, personPractice.get(person), needs,
                    flags, true, received, steps));
        }
    }

    /** Several organisations imported the same shielding-style list in the burst and called the same people. */
    private List<OutreachList> outreach() {
        int pool = Math.max(30, (int) Math.round(3_000 * scale));
        for (int i = 0; i < pool; i++) {
            newPerson(practices.get(random.nextInt(practices.size())), 60, 95);
        }
        String name = "Shielding list, spring " + burstStart.getYear();
        List<UUID> organisations = new ArrayList<>();
        organisations.add(ics.managedEmployer().value());
        ics.workforce().organisations().stream()
                .filter(o -> o.command().kind() == OrganisationKind.EMPLOYER || o.command().kind() == OrganisationKind.PROVIDER)
                .map(o -> o.id().value()).filter(id -> !organisations.contains(id)).limit(3).forEach(organisations::add);
        List<OutreachList> lists = new ArrayList<>();
        String[] reasons = {"Shielding: clinically extremely vulnerable", "Lives alone, over 70",
                "Shielding: on the GP's vulnerable patients list", "Carer of a shielding person"};
        for (int o = 0; o < organisations.size(); o++) {
            UUID organisation = organisations.get(o);
            boolean managed = o == 0;
            Instant imported = at(burstStart.plusDays(7 + o * 4), 9, 12);
            String caller1 = managed ? "Demo Link worker" : SouthWest.GIVEN_NAMES[random.nextInt(SouthWest.GIVEN_NAMES.length)]
                    + " " + SouthWest.SURNAMES[random.nextInt(SouthWest.SURNAMES.length)];
            String caller2 = SouthWest.GIVEN_NAMES[random.nextInt(SouthWest.GIVEN_NAMES.length)] + " "
                    + SouthWest.SURNAMES[random.nextInt(SouthWest.SURNAMES.length)];
            List<WelfareCheck> checks = new ArrayList<>();
            for (int p = 0; p < pool; p++) {
                if (!managed && random.nextInt(100) >= 60) {
                    continue; // the other organisations' lists overlap most of the managed one's
                }
                List<WelfareContact> contacts = new ArrayList<>();
                int calls = random.nextInt(10) < 1 ? 0 : 1 + random.nextInt(3);
                Instant when = imported;
                for (int c = 0; c < calls; c++) {
                    when = later(when, 0, 10);
                    if (!when.isBefore(burstEnd.atStartOfDay(ZONE).toInstant())) {
                        break;
                    }
                    ContactOutcome outcome = c < calls - 1 ? ContactOutcome.NO_ANSWER
                            : ContactOutcome.values()[random.nextInt(ContactOutcome.values().length)];
                    contacts.add(new WelfareContact(when, random.nextBoolean() ? caller1 : caller2, outcome,
                            outcome == ContactOutcome.SPOKE_NEEDS_SUPPORT ? "Needs help with shopping and prescriptions"
                                    : null));
                }
                checks.add(new WelfareCheck(p, reasons[random.nextInt(reasons.length)], contacts));
            }
            lists.add(new OutreachList(name, organisation, "shielding-" + burstStart.getYear() + "-" + (o + 1) + ".csv",
                    managed ? MANAGER : "import", imported, checks));
        }
        return lists;
    }

    private ReferralHistory history(int person, Service service, ReferralSource source, String username,
            String name, Practice practice, Set<Need> needs, Set<ExclusionFlag> flags, Boolean ready, Instant received,
            List<Step> steps) {
        ReferralChannel channel = switch (source) {
            case SELF -> ReferralChannel.SELF_REFERRAL;
            case OUTREACH_LIST -> ReferralChannel.OUTREACH;
            default -> ReferralChannel.STAFF_FORM;
        };
        boolean self = channel == ReferralChannel.SELF_REFERRAL;
        String referrerName = self ? "Self-referral" : name != null ? name : referrerName(source);
        UUID organisation = self || channel == ReferralChannel.OUTREACH ? null
                : username != null ? ics.referrerPractice().value()
                : switch (source) {
                    case GP, PRACTICE_NURSE, OTHER_PRIMARY_CARE -> practice.id();
                    default -> null;
                };
        String receivedBy = self ? "anonymous" : username != null ? username
                : channel == ReferralChannel.OUTREACH ? triager(service) : "demo";
        return new ReferralHistory(person, service.id(), channel, source, username, referrerName, organisation,
                practice.id(), needs, self ? null : CONTEXTS.get(random.nextInt(CONTEXTS.size())),
                !self && random.nextInt(100) < 6, flags, !self && random.nextInt(100) < 2, self ? null : ready,
                random.nextInt(100) < 95, random.nextInt(100) < 90, received, receivedBy, steps);
    }

    private String referrerName(ReferralSource source) {
        String surname = SouthWest.SURNAMES[random.nextInt(SouthWest.SURNAMES.length)];
        String given = SouthWest.GIVEN_NAMES[random.nextInt(SouthWest.GIVEN_NAMES.length)];
        return switch (source) {
            case GP -> "Dr " + given.charAt(0) + " " + surname;
            case PRACTICE_NURSE -> given + " " + surname + ", practice nurse";
            case HOSPITAL -> given + " " + surname + ", discharge team";
            case MENTAL_HEALTH -> given + " " + surname + ", community mental health team";
            case LOCAL_AUTHORITY -> given + " " + surname + ", adult social care";
            case HOUSING -> given + " " + surname + ", housing officer";
            case JOB_CENTRE -> given + " " + surname + ", work coach";
            case FAMILY_CARER -> given + " " + surname + " (family)";
            default -> given + " " + surname;
        };
    }

    private int newPerson(Practice practice, int minAge, int maxAge) {
        boolean female = random.nextInt(100) < 56;
        String given = SouthWest.GIVEN_NAMES[random.nextInt(SouthWest.GIVEN_NAMES.length)];
        String family = PERSON_SURNAMES.get(random.nextInt(PERSON_SURNAMES.size()));
        // Ages lean older, as social prescribing's do.
        double u = Math.sqrt(random.nextDouble());
        int age = minAge + (int) Math.round(u * (maxAge - minAge));
        LocalDate dob = end.minusYears(age).minusDays(random.nextInt(365));
        String postcode = practice.district() + " " + (1 + random.nextInt(9))
                + POSTCODE_LETTERS.charAt(random.nextInt(POSTCODE_LETTERS.length()))
                + POSTCODE_LETTERS.charAt(random.nextInt(POSTCODE_LETTERS.length()));
        String nhs = random.nextInt(100) < 85 ? nhsNumber() : null;
        String phone = random.nextInt(100) < 90 ? String.format("07700 9%05d", random.nextInt(1000)) : null;
        String email = random.nextInt(100) < 35 ? given.toLowerCase(Locale.UK) + "." + family.toLowerCase(Locale.UK)
                .replace("'", "") + random.nextInt(100) + "@example.org" : null;
        ContactMethod contact = email != null && random.nextBoolean() ? ContactMethod.EMAIL
                : phone != null ? ContactMethod.PHONE : ContactMethod.LETTER;
        people.add(new PersonDetails(given, family, dob, nhs, female ? Sex.FEMALE : Sex.MALE, null, null, postcode, phone,
                email, contact, null, random.nextInt(100) < 2 ? "Polish" : null));
        personPractice.add(practice);
        return people.size() - 1;
    }

    /** A valid NHS number in the range reserved for testing (999 ...), distinct for each person. */
    private String nhsNumber() {
        while (true) {
            String nine = String.format("999%06d", nhsSequence++ % 1_000_000);
            int check = NhsNumber.checkDigit(nine);
            if (check < 10) {
                return nine + check;
            }
        }
    }

    private Set<Need> needs() {
        Set<Need> needs = EnumSet.noneOf(Need.class);
        int count = 1 + (random.nextInt(10) < 4 ? 1 : 0) + (random.nextInt(10) < 2 ? 1 : 0);
        while (needs.size() < count) {
            needs.add(COMMON_NEEDS[random.nextInt(COMMON_NEEDS.length)]);
        }
        return needs;
    }

    private ReferralSource source() {
        int total = SOURCE_WEIGHTS.values().stream().mapToInt(Integer::intValue).sum();
        int roll = random.nextInt(total);
        for (Map.Entry<ReferralSource, Integer> e : SOURCE_WEIGHTS.entrySet()) {
            roll -= e.getValue();
            if (roll < 0) {
                return e.getKey();
            }
        }
        return ReferralSource.OTHER;
    }

    private String triager(Service service) {
        if (ics.linkWorkerServices().stream().anyMatch(s -> s.value().equals(service.id()))) {
            return random.nextInt(3) == 0 ? MANAGER : LINK_WORKER;
        }
        return practitionerUsernames.getOrDefault(pick(service.practitioners()), "triage");
    }

    static String username(String name) {
        return name.toLowerCase(Locale.UK).replaceAll("[^a-z ]", "").strip().replace(' ', '.');
    }

    private <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    private Instant endInstant() {
        return end.atStartOfDay(ZONE).toInstant();
    }

    /** A time on the day between the hours, in UK time. */
    private Instant at(LocalDate day, int fromHour, int toHour) {
        int minutes = fromHour * 60 + random.nextInt(Math.max(1, (toHour - fromHour) * 60));
        return day.atTime(LocalTime.of(minutes / 60, minutes % 60)).atZone(ZONE).toInstant();
    }

    /** Some working days after the instant, in office hours, never on or after the load date. */
    private Instant later(Instant after, int minDays, int maxDays) {
        LocalDate day = after.atZone(ZONE).toLocalDate();
        int days = minDays + random.nextInt(Math.max(1, maxDays - minDays + 1));
        for (int i = 0; i < days; i++) {
            day = day.plusDays(1);
            while (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY) {
                day = day.plusDays(1);
            }
        }
        Instant candidate = at(day, 9, 17);
        if (!candidate.isAfter(after)) {
            candidate = after.plus(1 + random.nextInt(120), ChronoUnit.MINUTES);
        }
        Instant limit = endInstant().minus(1, ChronoUnit.MINUTES);
        if (candidate.isAfter(limit)) {
            candidate = after.plus(Math.max(1, ChronoUnit.SECONDS.between(after, limit) / 2), ChronoUnit.SECONDS);
        }
        return candidate;
    }

    private static LocalDate workingDayBefore(LocalDate end, int workingDays) {
        LocalDate day = end;
        for (int i = 0; i < workingDays; i++) {
            day = day.minusDays(1);
            while (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY) {
                day = day.minusDays(1);
            }
        }
        return day;
    }
}
