package org.pathway.demo;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import org.pathway.access.ReferralSource;
import org.pathway.access.loading.AccessLoader.ReferralHistory;
import org.pathway.access.loading.AccessLoader.Step;
import org.pathway.demo.DemoAccessIcs.Practice;
import org.pathway.demo.DemoAccessIcs.Service;
import org.pathway.shared.ExclusionFlag;
import org.pathway.shared.Need;

/**
 * The referrals the demo sign-ins see whatever the scale: the referrer's own in every state, a waiting triage queue
 * (some overdue) for the link worker's and manager's services, and the link worker's own caseload.
 */
final class DemoSignInSlice {

    private final Random random;
    private final DemoIcs ics;
    private final DemoAccessIcs index;
    private final DemoDays days;
    private final DemoReferredPeople people;
    private final DemoTriageStory triage;
    private final DemoReferralHistories histories;

    DemoSignInSlice(Random random, DemoIcs ics, DemoAccessIcs index, DemoDays days, DemoReferredPeople people,
            DemoTriageStory triage, DemoReferralHistories histories) {
        this.random = random;
        this.ics = ics;
        this.index = index;
        this.days = days;
        this.people = people;
        this.triage = triage;
        this.histories = histories;
    }

    List<ReferralHistory> referrals(String referrerName) {
        List<ReferralHistory> referrals = new ArrayList<>();
        referrersOwn(referrerName, referrals);
        Set<UUID> queueServices = new LinkedHashSet<>();
        ics.linkWorkerServices().forEach(s -> queueServices.add(s.value()));
        waitingQueue(queueServices, referrals);
        linkWorkerCaseload(queueServices, referrals);
        return referrals;
    }

    /** The referrer's referrals from their practice, two of each state. */
    private void referrersOwn(String referrerName, List<ReferralHistory> referrals) {
        Practice referrerPractice = index.practices.stream()
                .filter(p -> p.id().equals(ics.referrerPractice().value())).findFirst().orElse(index.practices.get(0));
        List<Service> theirs = index.covering(referrerPractice.id(), index.services);
        for (int i = 0; i < 12; i++) {
            LocalDate day = days.workingDaysBeforeEnd(3 + i * 9);
            int person = people.add(referrerPractice, 25, 85);
            Service service = theirs.get(i % theirs.size());
            Instant received = days.at(day, 9, 17);
            Set<Need> needs = EnumSet.of(Need.LONELINESS, Need.LONG_TERM_CONDITION);
            Instant first = days.later(received, 1, 3);
            String by = triage.triager(service);
            List<Step> steps = new ArrayList<>();
            switch (i % 6) {
                case 0 -> { }
                case 1 -> steps.add(Step.waitlist(first, by));
                case 2 -> steps.add(Step.accept(first, by, triage.pick(service.practitioners()), null));
                case 3 -> steps.add(Step.decline(first, by,
                        DemoTriageStory.DECLINE_REASONS.get(i % DemoTriageStory.DECLINE_REASONS.size())));
                case 4 -> {
                    Service to = theirs.stream().filter(s -> !s.id().equals(service.id())
                            && triage.meets(s, person, day, needs, Set.of(), true)).findFirst().orElse(null);
                    if (to == null) {
                        steps.add(Step.accept(first, by, triage.pick(service.practitioners()), null));
                    } else {
                        steps.add(Step.redirect(first, by, to.id(), "Better suited to " + to.command().name()));
                    }
                }
                default -> steps.add(Step.accept(first, by, triage.pick(service.practitioners()),
                        DemoTriageStory.OUTSIDE_CRITERIA_REASONS.get(0)));
            }
            referrals.add(histories.history(person, service, ReferralSource.GP, DemoActivityGenerator.REFERRER,
                    referrerName, referrerPractice, needs, Set.of(), true, received, steps));
        }
    }

    /** Five referrals waiting in each of the link worker's services, received 1 to 13 working days ago. */
    private void waitingQueue(Set<UUID> queueServices, List<ReferralHistory> referrals) {
        int n = 0;
        for (Service service : index.services) {
            if (!queueServices.contains(service.id()) || service.practices().isEmpty()) {
                continue;
            }
            List<Practice> covered = index.practices.stream().filter(p -> service.practices().contains(p.id())).toList();
            for (int i = 0; i < 5; i++, n++) {
                LocalDate day = days.workingDaysBeforeEnd(1 + i * 3); // 1 to 13 working days ago: some overdue
                int minAge = service.command().minAge() == null ? 18 : service.command().minAge();
                int person = people.add(covered.get(random.nextInt(covered.size())), minAge, 90);
                Instant received = days.at(day, 9, 17);
                List<Step> steps = new ArrayList<>();
                if (i % 3 == 2) {
                    steps.add(Step.waitlist(days.later(received, 0, 1),
                            n % 2 == 0 ? DemoActivityGenerator.LINK_WORKER : DemoActivityGenerator.MANAGER));
                }
                ReferralSource source = i == 4 ? ReferralSource.SELF : ReferralSource.GP;
                referrals.add(histories.history(person, service, source, null, null, people.practiceOf(person),
                        EnumSet.of(Need.LONELINESS), Set.of(), true, received, steps));
            }
        }
    }

    /** The demo link worker's own caseload: referrals accepted for them over the last months (they open cases). */
    private void linkWorkerCaseload(Set<UUID> theirServices, List<ReferralHistory> referrals) {
        List<Service> theirs = index.services.stream()
                .filter(s -> theirServices.contains(s.id()) && !s.practices().isEmpty()).toList();
        if (theirs.isEmpty()) {
            return;
        }
        for (int i = 0; i < DemoActivityGenerator.LINK_WORKER_CASES; i++) {
            Service service = theirs.get(i % theirs.size());
            LocalDate day = days.workingDaysBeforeEnd(8 + i * 3); // about 8 to 130 working days ago
            List<Practice> covered = index.practices.stream().filter(p -> service.practices().contains(p.id())).toList();
            int minAge = service.command().minAge() == null ? 18 : service.command().minAge();
            int person = people.add(covered.get(random.nextInt(covered.size())), minAge, 90);
            Instant received = days.at(day, 9, 17);
            Set<Need> needs = histories.needs();
            Set<ExclusionFlag> flags = i % 9 == 4
                    ? EnumSet.of(ExclusionFlag.values()[random.nextInt(ExclusionFlag.values().length)])
                    : EnumSet.noneOf(ExclusionFlag.class);
            List<Step> steps = List.of(Step.accept(days.later(received, 1, 4),
                    i % 4 == 0 ? DemoActivityGenerator.MANAGER : DemoActivityGenerator.LINK_WORKER,
                    ics.linkWorkerId().value(), triage.meets(service, person, day, needs, flags, true) ? null
                            : DemoTriageStory.OUTSIDE_CRITERIA_REASONS.get(i % DemoTriageStory.OUTSIDE_CRITERIA_REASONS.size())));
            referrals.add(histories.history(person, service, ReferralSource.GP, null, null, people.practiceOf(person),
                    needs, flags, true, received, steps));
        }
    }
}
