package org.pathway.engagement;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** What the engagement module announces as casework happens; insight (and others) listen. */
public final class CaseEvents {

    private CaseEvents() {}

    public record CaseOpened(UUID caseId, UUID referralId, UUID personId, UUID serviceId, UUID organisationId,
            UUID practitionerId, Instant at) {}

    public record CaseClosed(UUID caseId, UUID personId, UUID serviceId, UUID practitionerId, ClosureReason reason,
            Instant at, String by) {}

    public record CaseReopened(UUID caseId, UUID serviceId, UUID practitionerId, String reason, Instant at,
            String by) {}

    public record CaseReallocated(UUID caseId, UUID serviceId, UUID fromPractitioner, UUID toPractitioner,
            String reason, Instant at, String by) {}

    /**
     * A contact or, when {@code successful} is false, a failed attempt (then duration, kind and depth are null).
     */
    public record ContactRecorded(UUID caseId, UUID contactId, UUID serviceId, UUID practitionerId,
            LocalDate occurredOn, boolean successful, ContactMode mode, Integer durationMinutes, KindOfWork kind,
            ContactDepth depth, Instant at, String by) {}
}
