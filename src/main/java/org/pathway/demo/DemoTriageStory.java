package org.pathway.demo;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.pathway.access.loading.AccessLoader.Step;
import org.pathway.demo.DemoAccessIcs.Service;
import org.pathway.shared.ExclusionFlag;
import org.pathway.shared.Need;
import org.pathway.workforce.OrganisationId;
import org.pathway.workforce.ReferralCriteria;
import org.pathway.workforce.ServiceCommand;

/**
 * What each service decided about a demo referral, as a service would: mostly accepted when the person meets its
 * criteria (judged by {@link ReferralCriteria#evaluate}, the rule triage itself shows), sometimes waitlisted first,
 * declined with a reason or redirected to a service whose criteria they meet; outside the criteria, accepted with a
 * reason (more often during the burst), redirected or declined. Recent referrals may not be decided yet.
 */
final class DemoTriageStory {

    static final List<String> DECLINE_REASONS = List.of(
            "Person declined support when we called",
            "Unable to contact after three attempts",
            "Already supported by another service for the same needs",
            "Needs are clinical: advised the referrer to contact the GP");

    static final List<String> OUTSIDE_CRITERIA_REASONS = List.of(
            "Isolated since shielding: no other service can see them sooner",
            "Carer for a shielding relative, at risk of crisis without support",
            "GP asked us to see them: no suitable service in their area",
            "Just under the age criterion and lives alone",
            "Lost their job in the lockdown and struggling to cope");

    private final Random random;
    private final DemoIcs ics;
    private final DemoAccessIcs index;
    private final DemoDays days;
    private final DemoReferredPeople people;

    DemoTriageStory(Random random, DemoIcs ics, DemoAccessIcs index, DemoDays days, DemoReferredPeople people) {
        this.random = random;
        this.ics = ics;
        this.index = index;
        this.days = days;
        this.people = people;
    }

    /** Whether the person meets the service's criteria on the day, by the rule triage evaluates. */
    boolean meets(Service service, int person, LocalDate on, Set<Need> needs, Set<ExclusionFlag> flags, Boolean ready) {
        int age = (int) ChronoUnit.YEARS.between(people.get(person).dateOfBirth(), on);
        OrganisationId practice = new OrganisationId(people.practiceOf(person).id());
        return service.criteria().evaluate(new ReferralCriteria.Facts(age, needs, flags, ready, practice)).meetsCriteria();
    }

    /** What the service did, or nothing yet when the referral is recent. */
    void decide(Service service, int person, LocalDate day, Instant received, Set<Need> needs,
            Set<ExclusionFlag> flags, Boolean ready, long daysAgo, List<Step> steps, int depth) {
        if (daysAgo < 21 && random.nextInt(21) >= daysAgo) {
            if (random.nextInt(3) == 0) {
                Instant w = days.later(received, 1, Math.max(1, (int) daysAgo / 2));
                if (w.isBefore(days.endInstant())) {
                    steps.add(Step.waitlist(w, triager(service)));
                }
            }
            return;
        }
        int delay = 1 + random.nextInt(days.inBurst(day) ? 12 : 7);
        Instant first = days.later(received, 0, delay);
        boolean meets = meets(service, person, day, needs, flags, ready);
        int roll = random.nextInt(100);
        String by = triager(service);
        if (meets) {
            if (roll < 10) {
                steps.add(Step.waitlist(first, by));
                steps.add(Step.accept(days.later(first, 5, 40), by, pick(service.practitioners()), null));
            } else if (roll < 86 || depth > 0) {
                steps.add(Step.accept(first, by, pick(service.practitioners()), null));
            } else if (roll < 96) {
                steps.add(Step.decline(first, by, DECLINE_REASONS.get(random.nextInt(DECLINE_REASONS.size()))));
            } else if (!redirect(service, person, day, first, by, needs, flags, ready, steps, depth)) {
                steps.add(Step.accept(first, by, pick(service.practitioners()), null));
            }
        } else {
            int outside = days.inBurst(day) ? 55 : 20;
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
        List<Service> better = index.covering(people.practiceOf(person).id(), List.of()).stream()
                .filter(s -> !s.id().equals(from.id()))
                .filter(s -> meets(s, person, day, needs, flags, ready)).toList();
        if (better.isEmpty() || depth > 0) {
            return false;
        }
        Service to = better.get(random.nextInt(better.size()));
        steps.add(Step.redirect(at, by, to.id(), "Better suited to " + to.command().name()));
        long daysAgo = ChronoUnit.DAYS.between(at.atZone(DemoActivityGenerator.ZONE).toLocalDate(), days.end);
        decide(to, person, day, at, needs, flags, ready, daysAgo, steps, depth + 1);
        return true;
    }

    private static String criterion(ServiceCommand s) {
        if (s.minAge() != null) {
            return "for people aged " + s.minAge() + " and over with the needs it supports";
        }
        return "for other needs";
    }

    /** Who triaged a referral to the service: the demo sign-ins for theirs, one of its practitioners otherwise. */
    String triager(Service service) {
        if (ics.linkWorkerServices().stream().anyMatch(s -> s.value().equals(service.id()))) {
            return random.nextInt(3) == 0 ? DemoActivityGenerator.MANAGER : DemoActivityGenerator.LINK_WORKER;
        }
        return index.practitionerUsernames.getOrDefault(pick(service.practitioners()), "triage");
    }

    <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }
}
