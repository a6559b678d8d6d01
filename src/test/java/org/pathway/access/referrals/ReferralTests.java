package org.pathway.access.referrals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.pathway.access.ReferralChannel;
import org.pathway.access.ReferralEvents.ReferralAccepted;
import org.pathway.access.ReferralEvents.ReferralReceived;
import org.pathway.access.ReferralEvents.ReferralRedirected;
import org.pathway.access.ReferralSource;
import org.pathway.shared.Need;

class ReferralTests {

    static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");
    static final UUID SERVICE = UUID.randomUUID();
    static final UUID PRACTITIONER = UUID.randomUUID();

    static Referral.Intake intake(boolean consent) {
        return new Referral.Intake(ReferralChannel.STAFF_FORM, ReferralSource.GP, UUID.randomUUID(), SERVICE, "referrer",
                "Dr Demo", null, null, Set.of(Need.LONELINESS), "Lives alone since bereavement", false, Set.of(), false, true,
                consent, true, true, null);
    }

    static Referral received() {
        return Referral.receive(intake(true), "PW-TEST01", T0, "referrer");
    }

    @Test
    void receivingRecordsHistoryAndAnnouncesIt() {
        Referral r = received();
        assertThat(r.status()).isEqualTo(ReferralStatus.RECEIVED);
        assertThat(r.history()).singleElement().satisfies(c -> assertThat(c.by()).isEqualTo("referrer"));
        assertThat(r.pendingEvents()).singleElement().isInstanceOf(ReferralReceived.class);
    }

    @Test
    void noReferralWithoutConsentToBeReferred() {
        assertThatIllegalArgumentException().isThrownBy(() -> Referral.receive(intake(false), "PW-X", T0, "referrer"));
    }

    @Test
    void acceptingOutsideCriteriaNeedsAReasonAndIsMarked() {
        Referral r = received();
        assertThatIllegalStateException().isThrownBy(() -> r.accept(PRACTITIONER, false, " ", T0, "manager"))
                .withMessageContaining("reason");
        r.accept(PRACTITIONER, false, "Recently bereaved; manager agreed", T0.plusSeconds(3600), "manager");
        assertThat(r.status()).isEqualTo(ReferralStatus.ACCEPTED);
        assertThat(r.firstActionAt()).isEqualTo(T0.plusSeconds(3600));
        assertThat(r.pendingEvents()).last().isInstanceOfSatisfying(ReferralAccepted.class,
                e -> assertThat(e.outsideCriteria()).isTrue());
    }

    @Test
    void aDecidedReferralCannotBeDecidedAgain() {
        Referral r = received();
        r.decline("Needs a mental-health crisis service", T0, "linkworker");
        assertThatIllegalStateException().isThrownBy(() -> r.accept(PRACTITIONER, true, null, T0, "manager"))
                .withMessage("This referral is already declined: it cannot be accepted now");
        assertThatIllegalStateException().isThrownBy(() -> r.waitlist(T0, "manager"));
    }

    @Test
    void declineNeedsAReasonForTheReferrer() {
        assertThatIllegalStateException().isThrownBy(() -> received().decline("", T0, "linkworker"));
    }

    @Test
    void waitlistedReferralsCanStillBeAccepted() {
        Referral r = received();
        r.waitlist(T0, "manager");
        r.accept(PRACTITIONER, true, null, T0.plusSeconds(86400 * 7), "manager");
        assertThat(r.history()).extracting(StatusChange::to)
                .containsExactly(ReferralStatus.RECEIVED, ReferralStatus.WAITLISTED, ReferralStatus.ACCEPTED);
        assertThat(r.firstActionAt()).isEqualTo(T0);
    }

    @Test
    void redirectingOpensAReferralForTheOtherServiceLinkedBothWays() {
        Referral r = received();
        UUID other = UUID.randomUUID();
        Referral next = r.redirect(other, "Better suited to the carers' service", "PW-TEST02", T0, "linkworker");
        assertThat(r.status()).isEqualTo(ReferralStatus.REDIRECTED);
        assertThat(next.status()).isEqualTo(ReferralStatus.RECEIVED);
        assertThat(next.serviceId()).isEqualTo(other);
        assertThat(next.redirectedFrom()).isEqualTo(r.referralId().value());
        assertThat(r.redirectedTo()).isEqualTo(next.referralId().value());
        assertThat(next.needs()).containsExactly(Need.LONELINESS);
        assertThat(r.pendingEvents()).last().isInstanceOf(ReferralRedirected.class);
        assertThatIllegalStateException().isThrownBy(() -> received().redirect(SERVICE, "same", "PW-3", T0, "x"));
    }
}
