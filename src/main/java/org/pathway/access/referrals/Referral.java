package org.pathway.access.referrals;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.pathway.access.ReferralEvents.ReferralAccepted;
import org.pathway.access.ReferralEvents.ReferralDeclined;
import org.pathway.access.ReferralEvents.ReferralReceived;
import org.pathway.access.ReferralEvents.ReferralRedirected;
import org.pathway.access.ReferralEvents.ReferralWaitlisted;
import org.pathway.access.ReferralChannel;
import org.pathway.access.ReferralId;
import org.pathway.access.ReferralSource;
import org.pathway.shared.ExclusionFlag;
import org.pathway.shared.Need;
import org.springframework.data.domain.AbstractAggregateRoot;

/**
 * A referral to a service. Its lifecycle is a set of guarded transitions: each refuses to run from the
 * wrong state, stamps who and when into the history, and registers the event the other modules react to.
 */
@Entity
@Table(name = "referral", schema = "access")
public class Referral extends AbstractAggregateRoot<Referral> {

    @Id
    private UUID id;

    private String reference;

    @Column(name = "submission_key")
    private String submissionKey;

    @Column(name = "person_id")
    private UUID personId;

    @Column(name = "service_id")
    private UUID serviceId;

    @Enumerated(EnumType.STRING)
    private ReferralChannel channel;

    @Enumerated(EnumType.STRING)
    private ReferralSource source;

    @Column(name = "referrer_username")
    private String referrerUsername;

    @Column(name = "referrer_name")
    private String referrerName;

    @Column(name = "referrer_organisation_id")
    private UUID referrerOrganisationId;

    /** The person's registered GP practice, which decides the services whose area covers them. */
    @Column(name = "gp_practice_id")
    private UUID gpPracticeId;

    private String[] needs;

    private String context;

    private boolean urgent;

    @Column(name = "risk_flags")
    private String[] riskFlags;

    @Column(name = "safeguarding_concern")
    private boolean safeguardingConcern;

    @Column(name = "ready_to_work_on_goals")
    private Boolean readyToWorkOnGoals;

    @Column(name = "consent_to_referral")
    private boolean consentToReferral;

    @Column(name = "consent_to_contact")
    private boolean consentToContact;

    @Column(name = "consent_to_share_with_gp")
    private boolean consentToShareWithGp;

    @Enumerated(EnumType.STRING)
    private ReferralStatus status;

    @Column(name = "received_at")
    private Instant receivedAt;

    @Column(name = "first_action_at")
    private Instant firstActionAt;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "allocated_practitioner_id")
    private UUID allocatedPractitionerId;

    @Column(name = "outside_criteria_reason")
    private String outsideCriteriaReason;

    @Column(name = "decline_reason")
    private String declineReason;

    @Column(name = "redirected_to")
    private UUID redirectedTo;

    @Column(name = "redirected_from")
    private UUID redirectedFrom;

    @Column(name = "waitlisted_at")
    private Instant waitlistedAt;

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = false)
    @JoinColumn(name = "referral_id", nullable = false, updatable = false)
    @OrderBy("at ASC, id ASC")
    private List<StatusChange> history = new ArrayList<>();

    @Version
    private Long version; // null until first saved, so saving a new record inserts it without reading it first

    protected Referral() {}

    /** What every channel knows about a new referral. */
    public record Intake(ReferralChannel channel, ReferralSource source, UUID personId, UUID serviceId, String referrerUsername,
            String referrerName, UUID referrerOrganisationId, UUID gpPracticeId, Set<Need> needs, String context, boolean urgent,
            Set<ExclusionFlag> riskFlags, boolean safeguardingConcern, Boolean readyToWorkOnGoals, boolean consentToReferral,
            boolean consentToContact, boolean consentToShareWithGp, String submissionKey) {}

    public static Referral receive(Intake intake, String reference, Instant now, String by) {
        if (!intake.consentToReferral()) {
            throw new IllegalArgumentException("A referral needs the person's consent to be referred");
        }
        Referral r = new Referral();
        r.id = UUID.randomUUID();
        r.reference = reference;
        r.submissionKey = intake.submissionKey();
        r.channel = intake.channel();
        r.source = intake.source();
        r.personId = intake.personId();
        r.serviceId = intake.serviceId();
        r.referrerUsername = intake.referrerUsername();
        r.referrerName = intake.referrerName();
        r.referrerOrganisationId = intake.referrerOrganisationId();
        r.gpPracticeId = intake.gpPracticeId();
        r.needs = intake.needs().stream().map(Enum::name).sorted().toArray(String[]::new);
        r.context = intake.context();
        r.urgent = intake.urgent();
        r.riskFlags = intake.riskFlags().stream().map(Enum::name).sorted().toArray(String[]::new);
        r.safeguardingConcern = intake.safeguardingConcern();
        r.readyToWorkOnGoals = intake.readyToWorkOnGoals();
        r.consentToReferral = true;
        r.consentToContact = intake.consentToContact();
        r.consentToShareWithGp = intake.consentToShareWithGp();
        r.status = ReferralStatus.RECEIVED;
        r.receivedAt = now;
        r.history.add(new StatusChange(null, ReferralStatus.RECEIVED, now, by, null));
        r.registerEvent(new ReferralReceived(r.referralId(), r.personId, r.serviceId, r.source, r.needs(), r.urgent, now));
        return r;
    }

    /** Accepts and allocates. Outside the service's criteria only with a recorded reason (the access-shift measure). */
    public void accept(UUID practitionerId, boolean meetsCriteria, String outsideCriteriaReason, Instant now, String by) {
        requireOpen("accept");
        if (practitionerId == null) {
            throw new IllegalStateException("Choose a practitioner to allocate the referral to");
        }
        if (!meetsCriteria && (outsideCriteriaReason == null || outsideCriteriaReason.isBlank())) {
            throw new IllegalStateException("Give a reason for accepting a referral outside the service's criteria");
        }
        this.allocatedPractitionerId = practitionerId;
        this.outsideCriteriaReason = meetsCriteria ? null : outsideCriteriaReason.strip();
        move(ReferralStatus.ACCEPTED, now, by, this.outsideCriteriaReason);
        registerEvent(new ReferralAccepted(referralId(), personId, serviceId, practitionerId, !meetsCriteria, now, by));
    }

    public void decline(String reason, Instant now, String by) {
        requireOpen("decline");
        if (reason == null || reason.isBlank()) {
            throw new IllegalStateException("Give the reason for declining: the referrer is told it");
        }
        this.declineReason = reason.strip();
        move(ReferralStatus.DECLINED, now, by, declineReason);
        registerEvent(new ReferralDeclined(referralId(), serviceId, declineReason, now, by));
    }

    /** Closes this referral as redirected and returns the new referral for the other service. */
    public Referral redirect(UUID toService, String reason, String newReference, Instant now, String by) {
        requireOpen("redirect");
        if (toService == null || toService.equals(serviceId)) {
            throw new IllegalStateException("Choose another service to redirect the referral to");
        }
        Intake intake = new Intake(channel, source, personId, toService, referrerUsername, referrerName,
                referrerOrganisationId, gpPracticeId, needs(), context, urgent, riskFlags(),
                safeguardingConcern, readyToWorkOnGoals, consentToReferral, consentToContact, consentToShareWithGp, null);
        Referral next = receive(intake, newReference, now, by);
        next.redirectedFrom = id;
        this.redirectedTo = next.id;
        move(ReferralStatus.REDIRECTED, now, by, reason);
        registerEvent(new ReferralRedirected(referralId(), serviceId, toService, next.referralId(), reason, now, by));
        return next;
    }

    public void waitlist(Instant now, String by) {
        if (status != ReferralStatus.RECEIVED) {
            throw new IllegalStateException("Only a newly received referral can be placed on the waiting list, not one "
                    + status.label().toLowerCase());
        }
        this.waitlistedAt = now;
        move(ReferralStatus.WAITLISTED, now, by, null);
        registerEvent(new ReferralWaitlisted(referralId(), serviceId, now, by));
    }

    /**
     * Links the referral to a person already on record whom the practitioner recognised (a typo, another postcode):
     * only while the referral is open, and never to the person it already belongs to.
     */
    public void linkToKnownPerson(UUID person) {
        requireOpen("link");
        if (person == null || person.equals(personId)) {
            throw new IllegalStateException("Choose another person on record to link the referral to");
        }
        this.personId = person;
    }

    private void requireOpen(String action) {
        if (!status.isOpen()) {
            throw new IllegalStateException("This referral is already " + status.label().toLowerCase()
                    + ": it cannot be " + (action.endsWith("e") ? action + "d" : action + "ed") + " now");
        }
    }

    private void move(ReferralStatus to, Instant now, String by, String reason) {
        history.add(new StatusChange(status, to, now, by, reason));
        if (firstActionAt == null) {
            firstActionAt = now;
        }
        if (!to.isOpen()) {
            decidedAt = now;
        }
        status = to;
    }

    public ReferralId referralId() {
        return new ReferralId(id);
    }

    public Set<Need> needs() {
        EnumSet<Need> set = EnumSet.noneOf(Need.class);
        Arrays.stream(needs).map(Need::valueOf).forEach(set::add);
        return Collections.unmodifiableSet(set);
    }

    public Set<ExclusionFlag> riskFlags() {
        EnumSet<ExclusionFlag> set = EnumSet.noneOf(ExclusionFlag.class);
        Arrays.stream(riskFlags).map(ExclusionFlag::valueOf).forEach(set::add);
        return Collections.unmodifiableSet(set);
    }

    public ReferralStatus status() {
        return status;
    }

    public String reference() {
        return reference;
    }

    public UUID personId() {
        return personId;
    }

    public UUID serviceId() {
        return serviceId;
    }

    public Instant receivedAt() {
        return receivedAt;
    }

    public Instant firstActionAt() {
        return firstActionAt;
    }

    public UUID referrerOrganisationId() {
        return referrerOrganisationId;
    }

    public UUID gpPracticeId() {
        return gpPracticeId;
    }

    public ReferralChannel channel() {
        return channel;
    }

    public ReferralSource source() {
        return source;
    }

    public String referrerUsername() {
        return referrerUsername;
    }

    public String referrerName() {
        return referrerName;
    }

    public String context() {
        return context;
    }

    public boolean urgent() {
        return urgent;
    }

    public boolean safeguardingConcern() {
        return safeguardingConcern;
    }

    public Boolean readyToWorkOnGoals() {
        return readyToWorkOnGoals;
    }

    public boolean consentToContact() {
        return consentToContact;
    }

    public boolean consentToShareWithGp() {
        return consentToShareWithGp;
    }

    public Instant decidedAt() {
        return decidedAt;
    }

    public Instant waitlistedAt() {
        return waitlistedAt;
    }

    public UUID allocatedPractitionerId() {
        return allocatedPractitionerId;
    }

    public String outsideCriteriaReason() {
        return outsideCriteriaReason;
    }

    public String declineReason() {
        return declineReason;
    }

    public UUID redirectedTo() {
        return redirectedTo;
    }

    public UUID redirectedFrom() {
        return redirectedFrom;
    }

    /** Events registered and not yet published (they go out when the referral is saved). */
    java.util.Collection<Object> pendingEvents() {
        return domainEvents();
    }

    List<StatusChange> history() {
        return Collections.unmodifiableList(history);
    }
}
