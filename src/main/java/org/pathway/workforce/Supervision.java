package org.pathway.workforce;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.pathway.governance.PathwayUser;
import org.pathway.governance.Permissions;
import org.springframework.security.access.prepost.PreAuthorize;

/**
 * Practitioners' supervision: sessions logged against the frequency each of their services requires for each kind,
 * and what is overdue. A practitioner sees their own; a manager the practitioners of their organisation.
 */
public interface Supervision {

    String VIEW = "hasAuthority('" + Permissions.PRACTITIONERS_VIEW + "')";
    String MANAGE_SERVICES = "hasAuthority('" + Permissions.SERVICES_MANAGE + "')";

    /** The practitioner's supervision as on {@code today}; empty if not theirs to see. */
    @PreAuthorize(VIEW)
    Optional<SupervisionStatus> status(PractitionerId practitioner, LocalDate today, PathwayUser user);

    /**
     * The supervision of those of these practitioners the user manages, read at once (a manager's team page): where
     * each kind stands, without the list of sessions.
     */
    @PreAuthorize(VIEW)
    java.util.Map<PractitionerId, SupervisionStatus> statuses(java.util.Collection<PractitionerId> practitioners,
            LocalDate today, PathwayUser user);

    /** How many kinds of supervision each practitioner is overdue: for aggregates only. */
    @PreAuthorize("hasAuthority('" + Permissions.WORKFORCE_OVERVIEW + "')")
    java.util.Map<PractitionerId, Integer> overdueCounts(java.util.Collection<PractitionerId> practitioners,
            LocalDate today);

    /** Logs a session (by the practitioner or their manager); refused with the field at fault. */
    @PreAuthorize(VIEW)
    void log(PractitionerId practitioner, SessionCommand command, PathwayUser user);

    /** How often the service requires each kind (kinds it does not require are absent). */
    List<Requirement> requirementsFor(ServiceId service);

    /** Replaces the service's required frequencies (its manager or an administrator). */
    @PreAuthorize(MANAGE_SERVICES)
    void setRequirements(ServiceId service, List<Requirement> requirements, PathwayUser user);

    record Requirement(SupervisionKind kind, int everyWeeks) {}

    record SessionCommand(SupervisionKind kind, LocalDate heldOn, String supervisor, Integer minutes) {}

    record SupervisionStatus(PractitionerId practitioner, String practitionerName, List<KindStatus> kinds,
            List<Session> sessions) {

        public List<KindStatus> overdue() {
            return kinds.stream().filter(KindStatus::overdue).toList();
        }
    }

    /**
     * One required kind: the strictest frequency of the practitioner's services, the last session and when the next
     * is due (never had one: due now).
     */
    record KindStatus(SupervisionKind kind, int everyWeeks, List<String> requiredBy, LocalDate lastHeldOn,
            LocalDate dueOn, boolean overdue) {}

    record Session(UUID id, SupervisionKind kind, LocalDate heldOn, String supervisor, int minutes, String recordedBy) {}
}
