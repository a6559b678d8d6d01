package org.pathway.demo;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.pathway.partnerships.ForumKind;
import org.pathway.partnerships.loading.PeerSupportLoader.Batch;
import org.pathway.partnerships.loading.PeerSupportLoader.NewBuilder;
import org.pathway.partnerships.loading.PeerSupportLoader.NewForum;
import org.pathway.partnerships.loading.PeerSupportLoader.NewGroup;
import org.pathway.partnerships.loading.PeerSupportLoader.NewMeeting;
import org.pathway.partnerships.loading.PeerSupportLoader.NewMembership;
import org.pathway.workforce.EmployerType;
import org.pathway.workforce.OrganisationCommand;
import org.pathway.workforce.OrganisationId;
import org.pathway.workforce.OrganisationKind;
import org.pathway.workforce.loading.WorkforceLoader.NewOrganisation;
import org.pathway.workforce.loading.WorkforceLoader.NewPractitioner;

/**
 * Each demo ICS's peer support, as the seeds tell it: practitioners felt isolated, the PCN-employed most, and leaned on
 * peer support across employers. Two forums, two community builders (one employed by the council, one by a VCSE
 * outside the ICS structure) and two groups: link workers' peer support, online every fortnight since April 2020
 * across PCN, VCSE, trust and council employers, where PCN-employed members came most in 2020–21; and a mental health
 * practice group meeting monthly in person since September 2021. The next meeting of each is planned. Deterministic
 * from the seed.
 */
final class DemoPeerSupport {

    static final String LINK_WORKERS_GROUP = "Link workers' peer support";
    static final String MENTAL_HEALTH_GROUP = "Mental health practice group";
    static final LocalDate LINK_WORKERS_FROM = LocalDate.of(2020, 4, 2);
    static final LocalDate MENTAL_HEALTH_FROM = LocalDate.of(2021, 9, 7);
    /** The hardest year for PCN-employed practitioners, when they came most. */
    static final LocalDate HARDEST_UNTIL = LocalDate.of(2021, 12, 31);

    private static final String[] LINK_WORKER_TOPICS = {"Working from home and staying connected",
            "Welfare calls during lockdown", "Boundaries with GP practices", "Supervision: what good looks like",
            "Community groups reopening", "Looking after ourselves", "Referrals for debt and housing",
            "Measuring outcomes with ONS4", "Welcoming new link workers", "Caseloads and saying no",
            "Working with care coordinators", "Winter pressures and warm spaces"};
    private static final String[] MENTAL_HEALTH_TOPICS = {"Working alongside community mental health teams",
            "Risk and when to escalate", "Talking therapies referrals", "Reflective practice",
            "Self-harm awareness refresher", "Peer listening skills", "Suicide prevention: local pathways",
            "Looking after ourselves after a hard conversation"};

    private DemoPeerSupport() {}

    private record Person(UUID id, EmployerType type) {}

    static Batch generate(long seed, DemoIcs ics, List<NewPractitioner> extra, LocalDate today) {
        Random random = new Random(seed ^ 0x9EE25L);
        UUID icsId = ics.ics().value();
        Map<OrganisationId, OrganisationCommand> organisations = new HashMap<>();
        ics.workforce().organisations().forEach(o -> organisations.put(o.id(), o.command()));
        List<NewOrganisation> localities = ics.workforce().organisations().stream()
                .filter(o -> o.command().kind() == OrganisationKind.LOCALITY).toList();
        NewOrganisation pcn = ics.workforce().organisations().stream()
                .filter(o -> o.command().kind() == OrganisationKind.PCN).findFirst().orElse(null);
        NewOrganisation council = ics.workforce().organisations().stream()
                .filter(o -> o.command().employerType() == EmployerType.LOCAL_AUTHORITY).findFirst().orElse(null);
        NewOrganisation trust = ics.workforce().organisations().stream()
                .filter(o -> o.command().employerType() == EmployerType.NHS_TRUST).findFirst().orElse(null);

        Map<EmployerType, List<Person>> byType = new HashMap<>();
        List<NewPractitioner> practitioners = new ArrayList<>(ics.workforce().practitioners());
        for (NewPractitioner p : practitioners) {
            OrganisationCommand employer = organisations.get(p.command().employerId());
            EmployerType type = employer == null || employer.employerType() == null ? EmployerType.OTHER
                    : employer.employerType();
            byType.computeIfAbsent(type, k -> new ArrayList<>()).add(new Person(p.id().value(), type));
        }
        byType.values().forEach(list -> Collections.shuffle(list, random));
        String area = localities.isEmpty() ? "" : " – " + localities.get(0).command().name();

        UUID online = id(seed, icsId, "forum-online");
        UUID inPerson = id(seed, icsId, "forum-in-person");
        List<NewForum> forums = List.of(
                new NewForum(online, icsId, "Link workers' online forum" + area, ForumKind.ONLINE,
                        "Microsoft Teams: the link comes with each invitation",
                        pcn == null ? null : pcn.id().value()),
                new NewForum(inPerson, icsId, "Wellbeing Hub meeting room", ForumKind.IN_PERSON,
                        "The Wellbeing Hub, first floor, room 2 (step-free access)",
                        trust == null ? null : trust.id().value()));
        List<UUID> allLocalities = localities.stream().map(o -> o.id().value()).toList();
        UUID councilBuilder = id(seed, icsId, "builder-council");
        UUID vcseBuilder = id(seed, icsId, "builder-vcse");
        List<NewBuilder> builders = List.of(
                new NewBuilder(councilBuilder, icsId, name(random), council == null ? null : council.id().value(),
                        council == null ? "County Council community development team" : null,
                        "community.builders@council.example.org", "01872 555 0420",
                        allLocalities.isEmpty() ? List.of() : allLocalities.subList(0, Math.min(2, allLocalities.size()))),
                new NewBuilder(vcseBuilder, icsId, name(random), null, "Rural Community Action",
                        "connect@ruralaction.example.org", null, allLocalities.isEmpty() ? List.of()
                        : allLocalities.subList(Math.max(0, allLocalities.size() - 3), allLocalities.size())));

        UUID linkWorkersGroup = id(seed, icsId, "group-link-workers");
        UUID mentalHealthGroup = id(seed, icsId, "group-mental-health");
        List<NewGroup> groups = List.of(
                new NewGroup(linkWorkersGroup, icsId, LINK_WORKERS_GROUP + area, "A fortnightly space for link "
                        + "workers from every employer to share what is working, talk through hard weeks and keep "
                        + "each other's knowledge of local groups current. Started in the first lockdown, when many "
                        + "of us were working alone from home.", online, LINK_WORKERS_FROM,
                        List.of(councilBuilder, vcseBuilder)),
                new NewGroup(mentalHealthGroup, icsId, MENTAL_HEALTH_GROUP, "Monthly reflective practice for "
                        + "practitioners supporting people with mental health needs, with a guest from the community "
                        + "mental health team each quarter.", inPerson, MENTAL_HEALTH_FROM, List.of(vcseBuilder)));

        // Link workers' group: the demo link worker, PCN-employed, VCSE, trust and council practitioners.
        List<Person> linkWorkers = new ArrayList<>();
        extra.forEach(p -> linkWorkers.add(new Person(p.id().value(), EmployerType.VCSE)));
        linkWorkers.addAll(take(byType, EmployerType.PCN, 4));
        linkWorkers.addAll(take(byType, EmployerType.VCSE, 4));
        linkWorkers.addAll(take(byType, EmployerType.NHS_TRUST, 2));
        linkWorkers.addAll(take(byType, EmployerType.LOCAL_AUTHORITY, 1));
        List<Person> mentalHealth = new ArrayList<>();
        mentalHealth.addAll(take(byType, EmployerType.VCSE, 3));
        mentalHealth.addAll(take(byType, EmployerType.PCN, 1));
        mentalHealth.addAll(take(byType, EmployerType.NHS_TRUST, 1));
        mentalHealth.addAll(take(byType, EmployerType.LOCAL_AUTHORITY, 1));

        List<NewMembership> memberships = new ArrayList<>();
        List<NewMeeting> meetings = new ArrayList<>();
        List<LocalDate> fortnights = new ArrayList<>();
        for (LocalDate d = LINK_WORKERS_FROM; !d.isAfter(today.plusDays(14)); d = d.plusWeeks(2)) {
            fortnights.add(d);
        }
        List<LocalDate> months = new ArrayList<>();
        for (LocalDate m = MENTAL_HEALTH_FROM.withDayOfMonth(1); !m.isAfter(today.plusMonths(1)); m = m.plusMonths(1)) {
            LocalDate first = m.with(TemporalAdjusters.firstInMonth(DayOfWeek.TUESDAY));
            if (!first.isBefore(MENTAL_HEALTH_FROM)) {
                months.add(first);
            }
        }
        meetings(seed, icsId, linkWorkersGroup, online, linkWorkers, LINK_WORKERS_FROM, fortnights, LINK_WORKER_TOPICS,
                today, random, memberships, meetings);
        meetings(seed, icsId, mentalHealthGroup, inPerson, mentalHealth, MENTAL_HEALTH_FROM, months,
                MENTAL_HEALTH_TOPICS, today, random, memberships, meetings);
        return new Batch(forums, builders, groups, memberships, meetings);
    }

    /**
     * The group's members (most from the start, a few later, one who left) and its meetings: held up to today with
     * attendance, and the next one planned.
     */
    private static void meetings(long seed, UUID icsId, UUID group, UUID forum, List<Person> members, LocalDate from,
            List<LocalDate> dates, String[] topics, LocalDate today, Random random, List<NewMembership> memberships,
            List<NewMeeting> meetings) {
        Map<UUID, LocalDate> joined = new HashMap<>();
        Map<UUID, LocalDate> left = new HashMap<>();
        for (int i = 0; i < members.size(); i++) {
            Person p = members.get(i);
            LocalDate joinedOn = i % 4 == 3 ? from.plusMonths(3 + random.nextInt(24)) : from;
            if (joinedOn.isAfter(today)) {
                joinedOn = from;
            }
            LocalDate leftOn = i == members.size() - 1 && i > 2 ? joinedOn.plusMonths(10 + random.nextInt(12)) : null;
            if (leftOn != null && !leftOn.isBefore(today)) {
                leftOn = null;
            }
            joined.put(p.id(), joinedOn);
            if (leftOn != null) {
                left.put(p.id(), leftOn);
            }
            memberships.add(new NewMembership(group, p.id(), joinedOn, leftOn));
        }
        boolean plannedOne = false;
        for (LocalDate day : dates) {
            boolean planned = day.isAfter(today);
            if (planned && plannedOne) {
                break;
            }
            plannedOne |= planned;
            List<UUID> attendees = new ArrayList<>();
            if (!planned) {
                for (Person p : members) {
                    if (day.isBefore(joined.get(p.id())) || left.containsKey(p.id()) && day.isAfter(left.get(p.id()))) {
                        continue;
                    }
                    int chance = p.type() == EmployerType.PCN ? (day.isAfter(HARDEST_UNTIL) ? 55 : 88)
                            : (day.isAfter(HARDEST_UNTIL) ? 60 : 52);
                    if (random.nextInt(100) < chance) {
                        attendees.add(p.id());
                    }
                }
                if (attendees.isEmpty() && !members.isEmpty()) {
                    attendees.add(members.get(0).id());
                }
            }
            meetings.add(new NewMeeting(id(seed, icsId, group + "-" + day), group, day, forum,
                    topics[random.nextInt(topics.length)], planned, attendees));
        }
    }

    private static List<Person> take(Map<EmployerType, List<Person>> byType, EmployerType type, int n) {
        List<Person> available = byType.getOrDefault(type, new ArrayList<>());
        List<Person> taken = new ArrayList<>(available.subList(0, Math.min(n, available.size())));
        available.removeAll(taken);
        return taken;
    }

    private static String name(Random random) {
        return SouthWest.GIVEN_NAMES[random.nextInt(SouthWest.GIVEN_NAMES.length)] + " "
                + SouthWest.SURNAMES[random.nextInt(SouthWest.SURNAMES.length)];
    }

    /** An id that is the same for the same seed, ICS and purpose. */
    private static UUID id(long seed, UUID ics, String purpose) {
        return UUID.nameUUIDFromBytes((seed + "/" + ics + "/peer-support/" + purpose)
                .getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }
}
