package org.pathway.access.referrals;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import org.pathway.access.ReferralChannel;
import org.pathway.access.ReferralSource;
import org.pathway.people.People;
import org.pathway.people.PersonDetails;
import org.pathway.shared.ExclusionFlag;
import org.pathway.shared.Need;

/** A test mother: records a person and saves a staff referral for them, received at a chosen time. */
public final class TestReferrals {

    private final ReferralAggregates referrals;
    private final People people;

    public TestReferrals(ReferralAggregates referrals, People people) {
        this.referrals = referrals;
        this.people = people;
    }

    public Referral receive(UUID service, UUID practice, String familyName, LocalDate dateOfBirth, Set<Need> needs,
            Instant receivedAt) {
        return receive(service, practice, familyName, dateOfBirth, needs, Set.of(), receivedAt);
    }

    public Referral receive(UUID service, UUID practice, String familyName, LocalDate dateOfBirth, Set<Need> needs,
            Set<ExclusionFlag> flags, Instant receivedAt) {
        UUID person = people.register(PersonDetails.of("Test", familyName, dateOfBirth, null, null), "test")
                .person().value();
        Referral referral = Referral.receive(new Referral.Intake(ReferralChannel.STAFF_FORM, ReferralSource.GP, person,
                service, "referrer", "Dr Referrer", null, practice, needs, "Lives alone since her husband died",
                false, flags, false, true, true, true, true, null), referrals.nextReference(), receivedAt, "referrer");
        return referrals.save(referral);
    }

    /** Accepts a referral just received, straight through the aggregate (to build up a caseload). */
    public void accept(Referral referral, UUID practitioner) {
        referral.accept(practitioner, true, null, Instant.now(), "test");
        referrals.save(referral);
    }
}
