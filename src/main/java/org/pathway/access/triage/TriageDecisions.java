package org.pathway.access.triage;

import java.time.Clock;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import org.pathway.access.ReferralId;
import org.pathway.access.referrals.Referral;
import org.pathway.access.referrals.ReferralAggregates;
import org.pathway.governance.AuditLog;
import org.pathway.governance.PathwayUser;
import org.pathway.people.People;
import org.pathway.people.PersonId;
import org.pathway.people.PersonSummary;
import org.pathway.platform.Refusal;
import org.pathway.workforce.PractitionerId;
import org.pathway.workforce.ServiceCatalogue;
import org.pathway.workforce.ServiceCatalogue.ServiceDetails;
import org.pathway.workforce.ServiceId;
import org.springframework.stereotype.Component;

/**
 * The triage decisions on a referral in the user's scope: accept, decline, redirect, waitlist, and linking it to a
 * person already on record. Each checks what was chosen, runs the referral's guarded transition, saves it (which
 * publishes its event) and audits the change. An input or state that does not allow it is a {@link Refusal}.
 */
@Component
class TriageDecisions {

    private final TriageScope scope;
    private final TriageChoices choices;
    private final ReferralAggregates referrals;
    private final People people;
    private final ServiceCatalogue catalogue;
    private final AuditLog audit;
    private final Clock clock;

    TriageDecisions(TriageScope scope, TriageChoices choices, ReferralAggregates referrals, People people,
            ServiceCatalogue catalogue, AuditLog audit, Clock clock) {
        this.scope = scope;
        this.choices = choices;
        this.referrals = referrals;
        this.people = people;
        this.catalogue = catalogue;
        this.audit = audit;
        this.clock = clock;
    }

    void accept(ReferralId id, PractitionerId practitioner, String outsideCriteriaReason, PathwayUser user) {
        Referral referral = scope.referral(id, user);
        ServiceDetails service = catalogue.service(new ServiceId(referral.serviceId())).orElseThrow();
        if (practitioner == null) {
            throw Refusal.of("practitioner", "Choose a practitioner to allocate the referral to");
        }
        if (!choices.delivers(service, practitioner, user)) {
            throw Refusal.of("practitioner", "Choose one of this service's practitioners");
        }
        boolean meets = TriageChoices.meets(service.model(), referral, choices.age(referral));
        if (!meets && (outsideCriteriaReason == null || outsideCriteriaReason.isBlank())) {
            throw Refusal.of("outsideCriteriaReason",
                    "Give a reason for accepting a referral outside the service's criteria");
        }
        decide(referral, null, r -> {
            r.accept(practitioner.value(), meets, outsideCriteriaReason, clock.instant(), user.getUsername());
            return null;
        });
        referrals.save(referral);
        audit.changed("referral", id.toString(), meets ? "accepted" : "accepted outside criteria");
    }

    void decline(ReferralId id, String reason, PathwayUser user) {
        Referral referral = scope.referral(id, user);
        if (reason == null || reason.isBlank()) {
            throw Refusal.of("declineReason", "Give the reason for declining: the referrer is told it");
        }
        decide(referral, null, r -> {
            r.decline(reason, clock.instant(), user.getUsername());
            return null;
        });
        referrals.save(referral);
        audit.changed("referral", id.toString(), "declined");
    }

    String redirect(ReferralId id, ServiceId toService, String reason, PathwayUser user) {
        Referral referral = scope.referral(id, user);
        if (toService == null) {
            throw Refusal.of("toService", "Choose the service to redirect the referral to");
        }
        if (reason == null || reason.isBlank()) {
            throw Refusal.of("redirectReason", "Give the reason for redirecting the referral");
        }
        if (referral.status().isOpen() && choices.redirectOptions(referral, choices.age(referral)).stream()
                .noneMatch(s -> s.id().equals(toService))) {
            throw Refusal.of("toService", "Choose one of the services listed: the person meets their criteria");
        }
        Referral next = decide(referral, null,
                r -> r.redirect(toService.value(), reason.strip(), referrals.nextReference(), clock.instant(),
                        user.getUsername()));
        referrals.save(next);
        referrals.save(referral);
        audit.changed("referral", id.toString(), "redirected to " + next.reference());
        return next.reference();
    }

    void waitlist(ReferralId id, PathwayUser user) {
        Referral referral = scope.referral(id, user);
        decide(referral, null, r -> {
            r.waitlist(clock.instant(), user.getUsername());
            return null;
        });
        referrals.save(referral);
        audit.changed("referral", id.toString(), "placed on the waiting list");
    }

    String linkToKnownPerson(ReferralId id, PersonId person, PathwayUser user) {
        Referral referral = scope.referral(id, user);
        PersonSummary chosen = person == null ? null : people.possiblyAlsoKnownAs(new PersonId(referral.personId()))
                .stream().map(c -> c.person()).filter(p -> p.id().equals(person)).findFirst().orElse(null);
        if (chosen == null) {
            throw Refusal.of("knownPerson", "Choose one of the people listed as possibly the same person");
        }
        UUID before = referral.personId();
        decide(referral, "knownPerson", r -> {
            r.linkToKnownPerson(chosen.id().value());
            return null;
        });
        referrals.save(referral);
        audit.changed("referral", id.toString(), "linked to person " + chosen.id() + " (was " + before
                + "), chosen by the practitioner as the same person");
        return chosen.fullName();
    }

    /** Runs a guarded transition; its refusal (the referral's state does not allow it) is the user's to read. */
    private static <T> T decide(Referral referral, String field, Function<Referral, T> transition) {
        try {
            return transition.apply(referral);
        } catch (IllegalStateException refused) {
            throw new Refusal(List.of(new Refusal.Problem(field, refused.getMessage())));
        }
    }
}
