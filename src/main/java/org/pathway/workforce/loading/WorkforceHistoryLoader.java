package org.pathway.workforce.loading;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.pathway.workforce.EquipmentItem;
import org.pathway.workforce.OrganisationId;
import org.pathway.workforce.PractitionerId;
import org.pathway.workforce.ServiceId;
import org.pathway.workforce.SupervisionKind;
import org.pathway.workforce.TimeUse;
import org.pathway.workforce.WorkBase;

/**
 * Bulk loading of practitioners' history for the demo: mandatory training sets and completions, supervision
 * requirements and sessions, equipment provided and withdrawn, profiles, practices' champions, pulse schedules and
 * answers, weeks of time use. The facts are decided by the demo; this only stores them, without events.
 */
public interface WorkforceHistoryLoader {

    Loaded load(History history);

    /** A course by its name in the managed list, e.g. "Safeguarding adults level 2". */
    UUID courseNamed(String name);

    /** A specialism by its name in the managed list, e.g. "Dementia". */
    UUID specialismNamed(String name);

    record Mandatory(ServiceId service, UUID course, Integer renewalMonths) {}

    record Completion(PractitionerId practitioner, UUID course, LocalDate completedOn, LocalDate expiresOn) {}

    record SupervisionRequirement(ServiceId service, SupervisionKind kind, int everyWeeks) {}

    record Session(PractitionerId practitioner, SupervisionKind kind, LocalDate heldOn, String supervisor, int minutes) {}

    record Provision(PractitionerId practitioner, EquipmentItem item, LocalDate providedOn, LocalDate withdrawnOn) {}

    record Profile(PractitionerId practitioner, WorkBase base, Set<OrganisationId> practices, Set<UUID> specialisms,
            List<String> languages) {}

    record Champion(OrganisationId practice, String name, String role, String phone, String email) {}

    record PulseSchedule(OrganisationId organisation, int everyWeeks) {}

    record PulseAnswer(PractitionerId practitioner, LocalDate periodStart, Instant submittedAt, int workload,
            int support, int clarity, int confidence, int wellbeing, String comment) {}

    /** A week's hours as the practitioner recorded them (welfare calls recorded in Pathway are not among them). */
    record TimeUseWeek(PractitionerId practitioner, LocalDate weekStarting, TimeUse.Hours hours, Instant recordedAt) {}

    record History(List<Mandatory> mandatory, List<Completion> completions, List<SupervisionRequirement> requirements,
            List<Session> sessions, List<Provision> provisions, List<Profile> profiles, List<Champion> champions,
            List<PulseSchedule> schedules, List<PulseAnswer> pulses, List<TimeUseWeek> timeUse) {}

    record Loaded(int completions, int sessions, int provisions, int profiles, int champions, int pulses,
            int timeUseWeeks) {}
}
