package org.pathway.workforce;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** What changes in the workforce, announced for the modules that follow it (insight computes role drift from them). */
public final class WorkforceEvents {

    private WorkforceEvents() {}

    /** A practitioner completed a course. */
    public record TrainingRecorded(UUID practitionerId, UUID courseId, LocalDate completedOn, LocalDate expiresOn,
            Instant at) {}

    /** A service's mandatory training set changed. */
    public record MandatoryTrainingChanged(UUID serviceId, List<Training.MandatoryCourse> courses, Instant at) {}

    /** A practitioner had a supervision session. */
    public record SupervisionLogged(UUID practitionerId, SupervisionKind kind, LocalDate heldOn, int minutes,
            Instant at) {}

    /** A service's required supervision frequencies changed. */
    public record SupervisionRequirementsChanged(UUID serviceId, List<Supervision.Requirement> requirements,
            Instant at) {}

    /** A practitioner was given an item of equipment, or it was withdrawn ({@code withdrawnOn} set). */
    public record EquipmentChanged(UUID practitionerId, EquipmentItem item, LocalDate providedOn,
            LocalDate withdrawnOn, Instant at) {}

    /** A practitioner's base, practices covered, specialisms or languages changed. */
    public record ProfileChanged(UUID practitionerId, WorkBase base, List<UUID> practiceIds, List<UUID> specialismIds,
            List<String> languages, Instant at) {}

    /** A GP practice named its social-prescribing champion ({@code name} null: it no longer has one). */
    public record ChampionNamed(UUID practiceId, String name, Instant at) {}

    /**
     * A practitioner answered the wellbeing pulse. For modules that show aggregates only (with small numbers
     * suppressed): an individual's answers are never shown outside their line management.
     */
    public record PulseAnswered(UUID practitionerId, UUID employerId, LocalDate periodStart, int workload, int support,
            int clarity, int confidence, int wellbeing, Instant at) {}

    /** An employing organisation changed how often its practitioners are asked the pulse. */
    public record PulseScheduleChanged(UUID organisationId, int everyWeeks, Instant at) {}

    /**
     * A practitioner recorded (or changed) how a week's hours split. Welfare calls recorded on outreach lists are not in
     * it: insight counts them from access's own events.
     */
    public record TimeUseRecorded(UUID practitionerId, UUID employerId, LocalDate weekStarting,
            java.math.BigDecimal coreHours, java.math.BigDecimal welfareCallHours, java.math.BigDecimal practiceAdminHours,
            java.math.BigDecimal emergencyResponseHours, java.math.BigDecimal trainingHours, Instant at) {}
}
