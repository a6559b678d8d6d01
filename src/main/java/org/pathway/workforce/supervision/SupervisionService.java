package org.pathway.workforce.supervision;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.pathway.governance.PathwayUser;
import org.pathway.platform.NotFound;
import org.pathway.platform.Refusal;
import org.pathway.platform.Text;
import org.pathway.platform.UkDates;
import org.pathway.platform.UkTime;
import org.pathway.workforce.PractitionerId;
import org.pathway.workforce.ServiceCatalogue;
import org.pathway.workforce.ServiceId;
import org.pathway.workforce.Supervision;
import org.pathway.workforce.SupervisionKind;
import org.pathway.workforce.WorkforceEvents.SupervisionLogged;
import org.pathway.workforce.WorkforceEvents.SupervisionRequirementsChanged;
import org.pathway.workforce.practitioners.PractitionerRecordAccess;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Logs supervision sessions and services' required frequencies; the reading is {@link SupervisionQueries}'. */
@Service
class SupervisionService implements Supervision {

    static final int MIN_MINUTES = 5;
    static final int MAX_MINUTES = 480;

    private final JdbcClient jdbc;
    private final ServiceCatalogue services;
    private final SupervisionQueries queries;
    private final PractitionerRecordAccess access;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    SupervisionService(JdbcClient jdbc, ServiceCatalogue services, SupervisionQueries queries, PractitionerRecordAccess access,
            ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.services = services;
        this.queries = queries;
        this.access = access;
        this.events = events;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<SupervisionStatus> status(PractitionerId practitioner, LocalDate today, PathwayUser user) {
        return access.visible(practitioner, user).map(name -> queries.status(practitioner, name, today));
    }

    @Override
    @Transactional(readOnly = true)
    public java.util.Map<PractitionerId, SupervisionStatus> statuses(java.util.Collection<PractitionerId> practitioners,
            LocalDate today, PathwayUser user) {
        var managed = access.managedAmong(practitioners, user);
        return managed.isEmpty() ? java.util.Map.of() : queries.statuses(managed, today, false);
    }

    @Override
    @Transactional(readOnly = true)
    public java.util.Map<PractitionerId, Integer> overdueCounts(java.util.Collection<PractitionerId> practitioners,
            LocalDate today) {
        java.util.Map<PractitionerId, String> all = new java.util.LinkedHashMap<>();
        practitioners.forEach(p -> all.put(p, ""));
        java.util.Map<PractitionerId, Integer> overdue = new java.util.LinkedHashMap<>();
        if (!all.isEmpty()) {
            queries.statuses(all, today, false).forEach((id, status) -> overdue.put(id, status.overdue().size()));
        }
        return overdue;
    }

    @Override
    @Transactional
    public void log(PractitionerId practitioner, SessionCommand command, PathwayUser user) {
        access.visible(practitioner, user).orElseThrow(() -> NotFound.of("practitioner", practitioner));
        List<Refusal.Problem> problems = new ArrayList<>();
        LocalDate today = UkTime.today(clock);
        if (command.kind() == null) {
            problems.add(new Refusal.Problem("kind", "Select the kind of supervision"));
        }
        if (command.heldOn() == null) {
            problems.add(new Refusal.Problem("heldDay", "Enter the date of the session"));
        } else if (command.heldOn().isAfter(today)) {
            problems.add(new Refusal.Problem("heldDay", "Date of the session must be today or in the past"));
        } else if (command.heldOn().isBefore(today.minusYears(10))) {
            problems.add(new Refusal.Problem("heldDay", "Date of the session must be within the last 10 years"));
        }
        String supervisor = Text.blankToNull(command.supervisor());
        if (supervisor == null) {
            problems.add(new Refusal.Problem("supervisor", "Enter the name of the supervisor"));
        } else if (supervisor.length() > 200) {
            problems.add(new Refusal.Problem("supervisor", "Supervisor’s name must be 200 characters or fewer"));
        }
        if (command.minutes() == null) {
            problems.add(new Refusal.Problem("minutes", "Enter how long the session lasted, in minutes"));
        } else if (command.minutes() < MIN_MINUTES || command.minutes() > MAX_MINUTES) {
            problems.add(new Refusal.Problem("minutes",
                    "Length must be between " + MIN_MINUTES + " and " + MAX_MINUTES + " minutes"));
        }
        if (problems.isEmpty() && queries.logged(practitioner, command.kind(), command.heldOn())) {
            problems.add(new Refusal.Problem("kind", command.kind().label() + " supervision on "
                    + UkDates.longDay(command.heldOn()) + " is already logged"));
        }
        if (!problems.isEmpty()) {
            throw new Refusal(problems);
        }
        jdbc.sql("""
                INSERT INTO workforce.supervision_session
                  (id, practitioner_id, kind, held_on, supervisor, minutes, recorded_by, recorded_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(UUID.randomUUID(), practitioner.value(), command.kind().name(), command.heldOn(), supervisor,
                        command.minutes(), user.getUsername(), java.sql.Timestamp.from(clock.instant()))
                .update();
        events.publishEvent(new SupervisionLogged(practitioner.value(), command.kind(), command.heldOn(),
                command.minutes(), clock.instant()));
    }

    @Override
    public List<Requirement> requirementsFor(ServiceId service) {
        return queries.requirementsFor(service);
    }

    @Override
    @Transactional
    public void setRequirements(ServiceId service, List<Requirement> requirements, PathwayUser user) {
        // The catalogue's own check: an unknown service is not found, another organisation's is refused.
        services.commandFor(service, user).orElseThrow(() -> NotFound.of("service", service));
        Set<SupervisionKind> seen = EnumSet.noneOf(SupervisionKind.class);
        for (Requirement requirement : requirements) {
            if (!seen.add(requirement.kind())) {
                throw Refusal.of(null, "Give each kind of supervision once");
            }
            if (requirement.everyWeeks() < 1 || requirement.everyWeeks() > 52) {
                throw Refusal.of("weeks-" + requirement.kind().name(),
                        requirement.kind().label() + " supervision must be required every 1 to 52 weeks");
            }
        }
        jdbc.sql("DELETE FROM workforce.service_supervision_requirement WHERE service_id = ?").param(service.value())
                .update();
        for (Requirement requirement : requirements) {
            jdbc.sql("INSERT INTO workforce.service_supervision_requirement (service_id, kind, every_weeks) "
                    + "VALUES (?, ?, ?)").params(service.value(), requirement.kind().name(), requirement.everyWeeks())
                    .update();
        }
        events.publishEvent(new SupervisionRequirementsChanged(service.value(), List.copyOf(requirements),
                clock.instant()));
    }
}
