package org.pathway.workforce;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.pathway.governance.PathwayUser;
import org.pathway.governance.Permissions;
import org.springframework.security.access.prepost.PreAuthorize;

/**
 * Practitioners' training: the courses they have completed and when each expires, measured against the mandatory set
 * of every service they deliver. A practitioner sees their own; a manager the practitioners of their organisation.
 */
public interface Training {

    String VIEW = "hasAuthority('" + Permissions.PRACTITIONERS_VIEW + "')";
    String MANAGE_SERVICES = "hasAuthority('" + Permissions.SERVICES_MANAGE + "')";

    /** Days before expiry when a completion is flagged as expiring. */
    int EXPIRING_WITHIN_DAYS = 60;

    /** The managed list of courses, by name. */
    List<Course> courses();

    /** The practitioner's training against their services' mandatory sets, as on {@code today}; empty if not theirs to see. */
    @PreAuthorize(VIEW)
    java.util.Optional<TrainingStatus> status(PractitionerId practitioner, LocalDate today, PathwayUser user);

    /** The training of those of these practitioners the user manages, read at once (a manager's team page). */
    @PreAuthorize(VIEW)
    java.util.Map<PractitionerId, TrainingStatus> statuses(java.util.Collection<PractitionerId> practitioners,
            LocalDate today, PathwayUser user);

    /** How many mandatory courses each practitioner is missing or has expired: for aggregates only. */
    @PreAuthorize("hasAuthority('" + Permissions.WORKFORCE_OVERVIEW + "')")
    java.util.Map<PractitionerId, Integer> gapCounts(java.util.Collection<PractitionerId> practitioners, LocalDate today);

    /** Records a completed course (by the practitioner or their manager); refused with the field at fault. */
    @PreAuthorize(VIEW)
    void record(PractitionerId practitioner, TrainingCommand command, PathwayUser user);

    /** The service's mandatory set. */
    List<MandatoryCourse> mandatoryFor(ServiceId service);

    /** Replaces the service's mandatory set (its manager or an administrator). */
    @PreAuthorize(MANAGE_SERVICES)
    void setMandatory(ServiceId service, List<MandatoryCourse> courses, PathwayUser user);

    record Course(UUID id, String name, String description) {}

    /** A course a service requires, renewed every {@code renewalMonths} months (null: once is enough). */
    record MandatoryCourse(UUID courseId, Integer renewalMonths) {}

    /** A completed course; a blank expiry is worked out from the strictest renewal period of the practitioner's services. */
    record TrainingCommand(UUID courseId, LocalDate completedOn, LocalDate expiresOn) {}

    record TrainingStatus(PractitionerId practitioner, String practitionerName, List<Requirement> requirements,
            List<Completion> completions) {

        /** Mandatory courses not done or expired. */
        public List<Requirement> gaps() {
            return requirements.stream().filter(r -> r.state() == State.MISSING || r.state() == State.EXPIRED).toList();
        }

        /** Mandatory courses whose completion expires within {@link #EXPIRING_WITHIN_DAYS} days. */
        public List<Requirement> expiring() {
            return requirements.stream().filter(r -> r.state() == State.EXPIRING).toList();
        }
    }

    /** One mandatory course for this practitioner: which services require it and where they stand. */
    record Requirement(Course course, Integer renewalMonths, List<String> requiredBy, LocalDate completedOn,
            LocalDate expiresOn, State state) {}

    record Completion(UUID id, Course course, LocalDate completedOn, LocalDate expiresOn, String recordedBy) {}

    enum State {
        MISSING("Not done"), EXPIRED("Expired"), EXPIRING("Expires soon"), CURRENT("Up to date");

        private final String label;

        State(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }
}
