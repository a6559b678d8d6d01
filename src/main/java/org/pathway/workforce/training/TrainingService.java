package org.pathway.workforce.training;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.pathway.governance.PathwayUser;
import org.pathway.platform.NotFound;
import org.pathway.platform.Refusal;
import org.pathway.platform.UkTime;
import org.pathway.workforce.PractitionerId;
import org.pathway.workforce.ServiceCatalogue;
import org.pathway.workforce.ServiceId;
import org.pathway.workforce.Training;
import org.pathway.workforce.practitioners.PractitionerRecordAccess;
import org.pathway.workforce.WorkforceEvents.MandatoryTrainingChanged;
import org.pathway.workforce.WorkforceEvents.TrainingRecorded;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Records completed courses and services' mandatory sets; the reading is {@link TrainingQueries}'. */
@Service
class TrainingService implements Training {

    private final JdbcClient jdbc;
    private final ServiceCatalogue services;
    private final TrainingQueries queries;
    private final PractitionerRecordAccess access;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    TrainingService(JdbcClient jdbc, ServiceCatalogue services, TrainingQueries queries, PractitionerRecordAccess access, ApplicationEventPublisher events,
            Clock clock) {
        this.jdbc = jdbc;
        this.services = services;
        this.queries = queries;
        this.access = access;
        this.events = events;
        this.clock = clock;
    }

    @Override
    public List<Course> courses() {
        return queries.courses();
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<TrainingStatus> status(PractitionerId practitioner, LocalDate today, PathwayUser user) {
        return access.visible(practitioner, user).map(name -> queries.status(practitioner, name, today));
    }

    @Override
    @Transactional(readOnly = true)
    public java.util.Map<PractitionerId, TrainingStatus> statuses(java.util.Collection<PractitionerId> practitioners,
            LocalDate today, PathwayUser user) {
        var managed = access.managedAmong(practitioners, user);
        return managed.isEmpty() ? java.util.Map.of() : queries.statuses(managed, today);
    }

    @Override
    @Transactional(readOnly = true)
    public java.util.Map<PractitionerId, Integer> gapCounts(java.util.Collection<PractitionerId> practitioners,
            LocalDate today) {
        java.util.Map<PractitionerId, String> all = new java.util.LinkedHashMap<>();
        practitioners.forEach(p -> all.put(p, ""));
        java.util.Map<PractitionerId, Integer> gaps = new java.util.LinkedHashMap<>();
        if (!all.isEmpty()) {
            queries.statuses(all, today).forEach((id, status) -> gaps.put(id, status.gaps().size()));
        }
        return gaps;
    }

    @Override
    @Transactional
    public void record(PractitionerId practitioner, TrainingCommand command, PathwayUser user) {
        access.visible(practitioner, user).orElseThrow(() -> NotFound.of("practitioner", practitioner));
        List<Refusal.Problem> problems = new ArrayList<>();
        Optional<Course> course = command.courseId() == null ? Optional.empty()
                : queries.courses().stream().filter(c -> c.id().equals(command.courseId())).findFirst();
        if (course.isEmpty()) {
            problems.add(new Refusal.Problem("courseId", "Select the course that was completed"));
        }
        LocalDate today = UkTime.today(clock);
        if (command.completedOn() == null) {
            problems.add(new Refusal.Problem("completedDay", "Enter the date the course was completed"));
        } else if (command.completedOn().isAfter(today)) {
            problems.add(new Refusal.Problem("completedDay", "Date completed must be today or in the past"));
        } else if (command.completedOn().isBefore(today.minusYears(50))) {
            problems.add(new Refusal.Problem("completedDay", "Date completed must be within the last 50 years"));
        }
        if (command.expiresOn() != null && command.completedOn() != null
                && !command.expiresOn().isAfter(command.completedOn())) {
            problems.add(new Refusal.Problem("expiresDay", "Expiry date must be after the date completed"));
        }
        if (problems.isEmpty() && queries.recorded(practitioner, command.courseId(), command.completedOn())) {
            problems.add(new Refusal.Problem("courseId", course.get().name() + " completed on "
                    + org.pathway.platform.UkDates.longDay(command.completedOn()) + " is already recorded"));
        }
        if (!problems.isEmpty()) {
            throw new Refusal(problems);
        }
        LocalDate expires = command.expiresOn() != null ? command.expiresOn()
                : queries.renewalMonths(practitioner, command.courseId())
                        .map(months -> command.completedOn().plusMonths(months)).orElse(null);
        jdbc.sql("""
                INSERT INTO workforce.training_record
                  (id, practitioner_id, course_id, completed_on, expires_on, recorded_by, recorded_at)
                VALUES (?, ?, ?, ?, ?, ?, ?)""")
                .params(UUID.randomUUID(), practitioner.value(), command.courseId(), command.completedOn(), expires,
                        user.getUsername(), java.sql.Timestamp.from(clock.instant()))
                .update();
        events.publishEvent(new TrainingRecorded(practitioner.value(), command.courseId(), command.completedOn(),
                expires, clock.instant()));
    }

    @Override
    public List<MandatoryCourse> mandatoryFor(ServiceId service) {
        return queries.mandatoryFor(service);
    }

    @Override
    @Transactional
    public void setMandatory(ServiceId service, List<MandatoryCourse> courses, PathwayUser user) {
        // The catalogue's own check: an unknown service is not found, another organisation's is refused.
        services.commandFor(service, user).orElseThrow(() -> NotFound.of("service", service));
        Set<UUID> known = new LinkedHashSet<>(queries.courses().stream().map(Course::id).toList());
        List<Refusal.Problem> problems = new ArrayList<>();
        for (MandatoryCourse course : courses) {
            if (!known.contains(course.courseId())) {
                problems.add(new Refusal.Problem(null, "Choose courses from the list"));
            } else if (course.renewalMonths() != null
                    && (course.renewalMonths() < 1 || course.renewalMonths() > 120)) {
                problems.add(new Refusal.Problem("renewal-" + course.courseId(),
                        "Renewal period must be between 1 and 120 months"));
            }
        }
        if (!problems.isEmpty()) {
            throw new Refusal(problems);
        }
        jdbc.sql("DELETE FROM workforce.service_mandatory_course WHERE service_id = ?").param(service.value()).update();
        for (MandatoryCourse course : courses) {
            jdbc.sql("INSERT INTO workforce.service_mandatory_course (service_id, course_id, renewal_months) "
                    + "VALUES (?, ?, ?)").params(service.value(), course.courseId(), course.renewalMonths()).update();
        }
        events.publishEvent(new MandatoryTrainingChanged(service.value(), List.copyOf(courses), clock.instant()));
    }
}
