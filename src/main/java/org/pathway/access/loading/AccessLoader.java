package org.pathway.access.loading;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.pathway.access.ContactOutcome;
import org.pathway.access.ReferralChannel;
import org.pathway.access.ReferralSource;
import org.pathway.people.PersonDetails;
import org.pathway.shared.ExclusionFlag;
import org.pathway.shared.Need;

/**
 * Loads referral histories and outreach work that happened elsewhere or before: the demo ICS's two years of
 * activity today, migrations from other systems later. For trusted system callers only: it is not reachable
 * from the web and checks no permission. Each referral's history is replayed through the referral's guarded
 * transitions (so an impossible history is refused) and then written in batches, so the tables look exactly as
 * if the application had recorded each step; no events are published for this history (it is the past, and
 * nothing should react to it now). People are registered once each, through the people module's bulk
 * registration; one audit entry is written per load.
 */
public interface AccessLoader {

    /** Writes everything in the batch in the caller's transaction (one is started when there is none). */
    Loaded load(Batch batch);

    enum Action { WAITLIST, ACCEPT, DECLINE, REDIRECT }

    /**
     * One decision on a referral, in order. ACCEPT needs {@code practitionerId}, and a {@code reason} when the
     * person is outside the service's criteria ({@code meetsCriteria} false); DECLINE and REDIRECT need a
     * {@code reason}; REDIRECT needs {@code toService}, and the steps after it are decisions on the new referral
     * to that service.
     */
    record Step(Action action, Instant at, String by, UUID practitionerId, boolean meetsCriteria, String reason,
            UUID toService) {

        public static Step waitlist(Instant at, String by) {
            return new Step(Action.WAITLIST, at, by, null, true, null, null);
        }

        public static Step accept(Instant at, String by, UUID practitionerId, String outsideCriteriaReason) {
            return new Step(Action.ACCEPT, at, by, practitionerId, outsideCriteriaReason == null, outsideCriteriaReason,
                    null);
        }

        public static Step decline(Instant at, String by, String reason) {
            return new Step(Action.DECLINE, at, by, null, true, reason, null);
        }

        public static Step redirect(Instant at, String by, UUID toService, String reason) {
            return new Step(Action.REDIRECT, at, by, null, true, reason, toService);
        }
    }

    /**
     * A referral as received, and what happened to it since.
     *
     * @param person index into {@link Batch#people()}: a repeat referral of the same person uses the same index
     */
    record ReferralHistory(int person, UUID serviceId, ReferralChannel channel, ReferralSource source, String referrerUsername,
            String referrerName, UUID referrerOrganisationId, UUID gpPracticeId, Set<Need> needs, String context,
            boolean urgent, Set<ExclusionFlag> riskFlags, boolean safeguardingConcern, Boolean readyToWorkOnGoals,
            boolean consentToContact, boolean consentToShareWithGp, Instant receivedAt, String receivedBy,
            List<Step> steps) {

        public ReferralHistory {
            needs = Set.copyOf(needs);
            riskFlags = Set.copyOf(riskFlags);
            steps = List.copyOf(steps);
        }
    }

    /** A contact made during a welfare check, by someone of the list's organisation. */
    /** A welfare call: who made it by name and, when they are a practitioner with a sign-in, by account. */
    record WelfareContact(Instant at, String by, UUID byAccount, ContactOutcome outcome, String note) {}

    /** @param person index into {@link Batch#people()}; a person appears at most once per list */
    record WelfareCheck(int person, String reason, List<WelfareContact> contacts) {

        public WelfareCheck {
            contacts = List.copyOf(contacts);
        }
    }

    /** An outreach list as imported by an organisation, with the checks it created and the calls made since. */
    record OutreachList(String name, UUID organisationId, String fileName, String importedBy, Instant importedAt,
            List<WelfareCheck> checks) {

        public OutreachList {
            checks = List.copyOf(checks);
        }
    }

    record Batch(List<PersonDetails> people, List<ReferralHistory> referrals, List<OutreachList> outreachLists,
            String recordedBy) {

        public Batch {
            people = List.copyOf(people);
            referrals = List.copyOf(referrals);
            outreachLists = List.copyOf(outreachLists);
        }
    }

    record Loaded(int people, int referrals, int statusChanges, int outreachLists, int welfareChecks,
            int welfareContacts) {}
}
