package org.pathway.demo;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.UUID;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.pathway.access.ReferralSource;
import org.pathway.access.loading.AccessLoader.Batch;
import org.pathway.access.loading.AccessLoader.OutreachList;
import org.pathway.access.loading.AccessLoader.ReferralHistory;
import org.pathway.access.loading.AccessLoader.Step;
import org.pathway.demo.DemoAccessIcs.Practice;
import org.pathway.demo.DemoAccessIcs.Service;
import org.pathway.platform.UkTime;
import org.pathway.shared.ExclusionFlag;
import org.pathway.shared.Need;

/**
 * Generates two years of access activity for a demo ICS, ending the day before {@code end}: referrals from every
 * source to every service (more from GPs, fewer in August and at Christmas, a burst in one spring: {@link DemoDays}),
 * decided as a service would ({@link DemoTriageStory}), the most recent still waiting; repeat referrals of the same
 * people ({@link DemoReferredPeople}); an outreach list that several organisations imported and called the same
 * people from during the burst ({@link DemoOutreachGenerator}); and the demo sign-ins' own slice
 * ({@link DemoSignInSlice}). The same seed, ICS, scale and end date always give the same activity. {@code scale}
 * 1.0 is about 30,000 referrals a year.
 */
final class DemoActivityGenerator {

    static final int REFERRALS_PER_YEAR = 30_000;
    /** UK time, for the other demo generators that date what they make. */
    static final ZoneId ZONE = UkTime.ZONE;
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

    private final Random random;
    private final DemoIcs ics;
    private final double scale;
    private final String referrerName;
    private final DemoAccessIcs index;
    private final DemoDays days;
    private final DemoReferredPeople people;
    private final DemoTriageStory triage;
    private final DemoReferralHistories histories;
    private final List<ReferralHistory> referrals = new ArrayList<>();

    private DemoActivityGenerator(long seed, DemoIcs ics, double scale, LocalDate end, String referrerName) {
        this.random = new Random(seed * 31 + 17);
        this.ics = ics;
        this.scale = scale;
        this.referrerName = referrerName;
        this.index = new DemoAccessIcs(ics);
        this.days = new DemoDays(end, random);
        this.people = new DemoReferredPeople(seed, random, end);
        this.triage = new DemoTriageStory(random, ics, index, days, people);
        this.histories = new DemoReferralHistories(random, ics, triage);
    }

    /** Generates the activity; {@code end} is the load date (nothing is dated on or after it). */
    static Batch generate(long seed, DemoIcs ics, double scale, LocalDate end, String referrerName,
            UUID linkWorkerAccount) {
        return new DemoActivityGenerator(seed, ics, scale, end, referrerName).generate(linkWorkerAccount);
    }

    private Batch generate(UUID linkWorkerAccount) {
        int total = (int) Math.round(REFERRALS_PER_YEAR * 2 * scale);
        List<OutreachList> lists = new DemoOutreachGenerator(random, ics, index, days, people).lists(scale,
                linkWorkerAccount);
        int outreachPeople = people.size();
        double[] weights = new double[(int) ChronoUnit.DAYS.between(days.start, days.end)];
        double sum = 0;
        for (int d = 0; d < weights.length; d++) {
            weights[d] = days.weight(days.start.plusDays(d));
            sum += weights[d];
        }
        double carried = 0;
        for (int d = 0; d < weights.length; d++) {
            carried += total * weights[d] / sum;
            LocalDate day = days.start.plusDays(d);
            while (carried >= 1) {
                carried -= 1;
                referral(day, outreachPeople);
            }
        }
        referrals.addAll(new DemoSignInSlice(random, ics, index, days, people, triage, histories)
                .referrals(referrerName));
        return new Batch(people.people, referrals, lists, "demo");
    }

    private void referral(LocalDate day, int outreachPeople) {
        ReferralSource source = source();
        int person;
        if (source == ReferralSource.OUTREACH_LIST && outreachPeople > 0 && random.nextBoolean()) {
            person = random.nextInt(outreachPeople);
        } else if (people.size() > outreachPeople + 20 && random.nextInt(100) < 12) {
            person = outreachPeople + random.nextInt(people.size() - outreachPeople); // a repeat referral
        } else {
            person = people.add(index.practices.get(random.nextInt(index.practices.size())), 18, 92);
        }
        Practice practice = people.practiceOf(person);
        Instant received = days.at(day, source == ReferralSource.SELF ? 0 : 8, source == ReferralSource.SELF ? 23 : 18);
        long daysAgo = ChronoUnit.DAYS.between(day, days.end);
        Set<Need> needs = histories.needs();
        Set<ExclusionFlag> flags = random.nextInt(100) < 4
                ? EnumSet.of(ExclusionFlag.values()[random.nextInt(ExclusionFlag.values().length)])
                : EnumSet.noneOf(ExclusionFlag.class);
        Boolean answered = random.nextInt(10) < 7 ? Boolean.TRUE : random.nextBoolean() ? Boolean.FALSE : null;
        // The self-referral form does not ask about readiness: triage sees it as not recorded, and so does the story.
        Boolean ready = source == ReferralSource.SELF ? null : answered;
        // Most referrers choose a service whose criteria the person meets; some do not read them (or the ICS routes).
        List<Service> candidates = index.covering(practice.id(), index.services);
        List<Service> suitable = candidates.stream()
                .filter(s -> triage.meets(s, person, day, needs, flags, ready)).toList();
        Service service = !suitable.isEmpty() && random.nextInt(100) < 85 ? suitable.get(random.nextInt(suitable.size()))
                : candidates.get(random.nextInt(candidates.size()));
        List<Step> steps = new ArrayList<>();
        triage.decide(service, person, day, received, needs, flags, ready, daysAgo, steps, 0);
        referrals.add(histories.history(person, service, source, null, null, practice, needs, flags, ready, received,
                steps));
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

    /** A practitioner's username as the demo ICS signs them in: their name in lower case, dotted. */
    static String username(String name) {
        return name.toLowerCase(Locale.UK).replaceAll("[^a-z ]", "").strip().replace(' ', '.');
    }
}
