package org.pathway.access.triage;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import org.pathway.access.referrals.Referral;
import org.pathway.access.referrals.ReferralAggregates;
import org.pathway.access.referrals.TestReferrals;
import org.pathway.governance.PathwayUser;
import org.pathway.people.People;
import org.pathway.shared.Need;
import org.pathway.support.TestIcs;
import org.pathway.workforce.AccessModel;
import org.pathway.workforce.EngagementModel;
import org.pathway.workforce.PractitionerCommand;
import org.pathway.workforce.PractitionerRegister;
import org.pathway.workforce.ServiceCatalogue;
import org.pathway.workforce.ServiceCommand;
import org.pathway.workforce.ServiceId;
import org.springframework.context.ApplicationContext;

/**
 * A test mother for triage queues on the test ICS: services of Test Community Connect (the manager's and link
 * worker's organisation) whose queue holds only the test's referrals, added as its manager adds them; practitioners
 * to allocate to, added as the administrator adds them; and referrals received into a queue at a chosen time (through
 * {@link TestReferrals}), from Harbour Practice. Waitlisting and deciding are left to the tests, through the pages.
 */
public final class TestTriageQueues {

    public static final LocalDate AGED_60 = LocalDate.now().minusYears(60).minusDays(10);

    private final TestIcs ics;
    private final ServiceCatalogue services;
    private final PractitionerRegister practitioners;
    private final TestReferrals referrals;

    public TestTriageQueues(TestIcs ics, ServiceCatalogue services, PractitionerRegister practitioners,
            ReferralAggregates aggregates, People people) {
        this.ics = ics;
        this.services = services;
        this.practitioners = practitioners;
        this.referrals = new TestReferrals(aggregates, people);
    }

    public static TestTriageQueues from(ApplicationContext context) {
        return new TestTriageQueues(context.getBean(TestIcs.class), context.getBean(ServiceCatalogue.class),
                context.getBean(PractitionerRegister.class), context.getBean(ReferralAggregates.class),
                context.getBean(People.class));
    }

    /**
     * A new open, relational service of Test Community Connect covering the whole ICS, its caseload cap 30 per
     * full-time practitioner, as the manager adds it: its queue is empty until the test fills it.
     */
    public UUID openService(String name) {
        PathwayUser manager = ics.user("manager");
        return TestIcs.as(manager, () -> services.create(new ServiceCommand(name, ics.employer(), AccessModel.OPEN,
                null, null, Set.of(), Set.of(), Set.of(), false, Set.of(), EngagementModel.RELATIONAL, null, 12, 30,
                "Open to anyone."), manager)).value();
    }

    /**
     * A new boundaried service of Test Community Connect covering the whole ICS that takes only these needs, as the
     * manager adds it.
     */
    public UUID serviceTakingOnly(String name, Set<Need> needs) {
        PathwayUser manager = ics.user("manager");
        return TestIcs.as(manager, () -> services.create(new ServiceCommand(name, ics.employer(),
                AccessModel.BOUNDARIED, null, null, needs, Set.of(), Set.of(), false, Set.of(),
                EngagementModel.RELATIONAL, null, 12, 30, "Only for " + needs + "."), manager)).value();
    }

    /** A new practitioner of Test Community Connect working in this service, as the administrator adds them. */
    public UUID practitioner(UUID service, String name, String fte) {
        PathwayUser admin = ics.user("admin");
        return TestIcs.as(admin, () -> practitioners.create(new PractitionerCommand(name, "Link Worker",
                ics.employer(), Set.of(new ServiceId(service)), new BigDecimal(fte)), admin))
                .value();
    }

    /** A referral from Harbour Practice (the referrer's practice) received into this service's queue at this time. */
    public Referral receive(UUID service, String familyName, LocalDate dateOfBirth, Set<Need> needs,
            Instant receivedAt) {
        return referrals.receive(service, ics.harbourPractice().value(), familyName, dateOfBirth, needs, receivedAt);
    }

    /** A lonely 60-year-old referred to Test Connect 55+ just now: within its criteria. */
    public Referral lonely60(String familyName) {
        return receive(ics.olderService().value(), familyName, AGED_60, Set.of(Need.LONELINESS), Instant.now());
    }

    /** Accepts a referral for this practitioner straight through the aggregate (to build up a caseload). */
    public void accept(Referral referral, UUID practitioner) {
        referrals.accept(referral, practitioner);
    }
}
