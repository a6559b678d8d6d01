package org.pathway.engagement.cases;

import org.pathway.platform.Refusal;
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
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import org.pathway.engagement.CaseEvents.CaseClosed;
import org.pathway.engagement.CaseEvents.CaseOpened;
import org.pathway.engagement.CaseEvents.CaseReallocated;
import org.pathway.engagement.CaseEvents.CaseReopened;
import org.pathway.engagement.CaseStatus;
import org.pathway.engagement.ClosureReason;
import org.springframework.data.domain.AbstractAggregateRoot;

/**
 * A case: one episode of support for a person, opened when a referral is accepted. Its lifecycle is a set of
 * guarded transitions: each refuses ({@link Refusal}, in the user's words) to run from the wrong state, writes a line of history and registers the event
 * other modules react to. The figures the caseload shows (contacts, what is due) are kept on the same row by
 * {@link CaseFigures}, not by this aggregate.
 */
@Entity
@Table(name = "case_episode", schema = "engagement")
class Case extends AbstractAggregateRoot<Case> {

    @Id
    private UUID id;

    @Column(name = "referral_id")
    private UUID referralId;

    @Column(name = "person_id")
    private UUID personId;

    @Column(name = "service_id")
    private UUID serviceId;

    @Column(name = "organisation_id")
    private UUID organisationId;

    @Column(name = "practitioner_id")
    private UUID practitionerId;

    @Enumerated(EnumType.STRING)
    private CaseStatus status;

    @Column(name = "opened_at")
    private Instant openedAt;

    @Column(name = "closed_at")
    private Instant closedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "closure_reason")
    private ClosureReason closureReason;

    @Column(name = "closure_note")
    private String closureNote;

    @Column(name = "referred_at")
    private Instant referredAt;

    private boolean urgent;

    @Column(name = "risk_flags")
    private String[] riskFlags;

    @Column(name = "session_cap")
    private Integer sessionCap;

    @Column(name = "review_interval_weeks")
    private Integer reviewIntervalWeeks;

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = false)
    @JoinColumn(name = "case_id", nullable = false, updatable = false)
    @OrderBy("at ASC, id ASC")
    private List<CaseChange> history = new ArrayList<>();

    @Version
    private Long version; // null until first saved, so saving a new record inserts it without reading it first

    protected Case() {}

    /** What the accepted referral and the service's delivery model say about a new case. */
    public record Opening(UUID referralId, UUID personId, UUID serviceId, UUID organisationId, UUID practitionerId,
            Instant referredAt, boolean urgent, List<String> riskFlags, Integer sessionCap,
            Integer reviewIntervalWeeks) {}

    public static Case open(Opening opening, Instant at, String by) {
        if (opening.practitionerId() == null) {
            throw new IllegalStateException("A case needs the practitioner it is allocated to");
        }
        Case c = new Case();
        c.id = UUID.randomUUID();
        c.referralId = opening.referralId();
        c.personId = opening.personId();
        c.serviceId = opening.serviceId();
        c.organisationId = opening.organisationId();
        c.practitionerId = opening.practitionerId();
        c.referredAt = opening.referredAt();
        c.urgent = opening.urgent();
        c.riskFlags = opening.riskFlags().stream().sorted().toArray(String[]::new);
        c.sessionCap = opening.sessionCap();
        c.reviewIntervalWeeks = opening.reviewIntervalWeeks();
        c.status = CaseStatus.OPEN;
        c.openedAt = at;
        c.history.add(new CaseChange(CaseChange.Kind.OPENED, null, c.practitionerId, null, at, by));
        c.registerEvent(new CaseOpened(c.id, c.referralId, c.personId, c.serviceId, c.organisationId,
                c.practitionerId, at));
        return c;
    }

    /** Closes with one of the reasons; a note is optional. */
    public void close(ClosureReason reason, String note, Instant at, String by) {
        if (status != CaseStatus.OPEN) {
            throw Refusal.because("This case is already closed");
        }
        if (reason == null) {
            throw Refusal.because("Choose the reason for closing the case");
        }
        this.status = CaseStatus.CLOSED;
        this.closedAt = at;
        this.closureReason = reason;
        this.closureNote = note == null || note.isBlank() ? null : note.strip();
        history.add(new CaseChange(CaseChange.Kind.CLOSED, null, null,
                reason.label() + (closureNote == null ? "" : ": " + closureNote), at, by));
        registerEvent(new CaseClosed(id, personId, serviceId, practitionerId, reason, at, by));
    }

    /** Reopens a closed case, with the reason the work starts again. */
    public void reopen(String reason, Instant at, String by) {
        if (status != CaseStatus.CLOSED) {
            throw Refusal.because("Only a closed case can be reopened");
        }
        String why = required(reason, "Give the reason for reopening the case");
        this.status = CaseStatus.OPEN;
        this.closedAt = null;
        this.closureReason = null;
        this.closureNote = null;
        history.add(new CaseChange(CaseChange.Kind.REOPENED, null, null, why, at, by));
        registerEvent(new CaseReopened(id, serviceId, practitionerId, why, at, by));
    }

    /** Gives the case to another practitioner of the service, with the reason. */
    public void reallocate(UUID toPractitioner, String reason, Instant at, String by) {
        if (status != CaseStatus.OPEN) {
            throw Refusal.because("A closed case cannot be reallocated: reopen it first");
        }
        if (toPractitioner == null || toPractitioner.equals(practitionerId)) {
            throw Refusal.because("Choose another practitioner to reallocate the case to");
        }
        String why = required(reason, "Give the reason for reallocating the case");
        UUID from = practitionerId;
        this.practitionerId = toPractitioner;
        history.add(new CaseChange(CaseChange.Kind.REALLOCATED, from, toPractitioner, why, at, by));
        registerEvent(new CaseReallocated(id, serviceId, from, toPractitioner, why, at, by));
    }

    /** Notes in the history that the case was given to, or taken back from, another link worker. */
    void recordGrant(boolean granted, UUID practitioner, String reason, Instant at, String by) {
        history.add(new CaseChange(granted ? CaseChange.Kind.GRANTED : CaseChange.Kind.REVOKED, null, practitioner,
                reason, at, by));
    }

    private static String required(String value, String message) {
        if (value == null || value.isBlank()) {
            throw Refusal.because(message);
        }
        return value.strip();
    }

    public UUID id() {
        return id;
    }

    public UUID referralId() {
        return referralId;
    }

    public UUID personId() {
        return personId;
    }

    public UUID serviceId() {
        return serviceId;
    }

    public UUID organisationId() {
        return organisationId;
    }

    public UUID practitionerId() {
        return practitionerId;
    }

    public CaseStatus status() {
        return status;
    }

    public Instant openedAt() {
        return openedAt;
    }

    public Instant closedAt() {
        return closedAt;
    }

    public ClosureReason closureReason() {
        return closureReason;
    }

    public String closureNote() {
        return closureNote;
    }

    public Instant referredAt() {
        return referredAt;
    }

    public boolean urgent() {
        return urgent;
    }

    public List<String> riskFlags() {
        return List.of(riskFlags);
    }

    public Integer sessionCap() {
        return sessionCap;
    }

    public Integer reviewIntervalWeeks() {
        return reviewIntervalWeeks;
    }

    List<CaseChange> history() {
        return Collections.unmodifiableList(history);
    }
}
