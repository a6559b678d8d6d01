package org.pathway.workforce.reminders;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.pathway.governance.PathwayUser;
import org.pathway.governance.Permissions;
import org.pathway.workforce.PractitionerId;
import org.pathway.workforce.PractitionerRegister;
import org.pathway.workforce.Pulse;
import org.pathway.workforce.TimeUse;
import org.pathway.workforce.Reminders;
import org.pathway.workforce.Supervision;
import org.pathway.workforce.Training;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Gathers a practitioner's own reminders from training, supervision, the pulse and time use. */
@Service
class RemindersService implements Reminders {

    private final PractitionerRegister register;
    private final Training training;
    private final Supervision supervision;
    private final Pulse pulse;

    private final TimeUse timeUse;

    RemindersService(PractitionerRegister register, Training training, Supervision supervision, Pulse pulse,
            TimeUse timeUse) {
        this.timeUse = timeUse;
        this.register = register;
        this.training = training;
        this.supervision = supervision;
        this.pulse = pulse;
    }

    @Override
    @Transactional(readOnly = true)
    public java.util.Optional<String> ownRecord(PathwayUser user) {
        if (!user.can(Permissions.PRACTITIONERS_VIEW)) {
            return java.util.Optional.empty();
        }
        return register.practitionerForAccount(user.id(), user).map(p -> "/practitioners/" + p.id());
    }

    @Override
    @Transactional(readOnly = true)
    public List<Reminder> forSignedIn(PathwayUser user, LocalDate today) {
        if (!user.can(Permissions.PRACTITIONERS_VIEW)) {
            return List.of();
        }
        var own = register.practitionerForAccount(user.id(), user);
        if (own.isEmpty()) {
            return List.of();
        }
        PractitionerId id = own.get().id();
        List<Reminder> reminders = new ArrayList<>();
        training.status(id, today, user).ifPresent(status -> {
            String href = "/practitioners/" + id + "/training";
            status.gaps().forEach(r -> reminders.add(new Reminder(r.course().name() + ": "
                    + (r.completedOn() == null ? "not done yet" : "expired on " + org.pathway.platform.UkDates.longDay(r.expiresOn())),
                    href)));
            status.expiring().forEach(r -> reminders.add(new Reminder(r.course().name() + ": expires on "
                    + org.pathway.platform.UkDates.longDay(r.expiresOn()), href)));
        });
        supervision.status(id, today, user).ifPresent(status -> status.overdue().forEach(k -> reminders.add(
                new Reminder(k.kind().label() + " supervision: " + (k.lastHeldOn() == null ? "none logged yet"
                        : "due since " + org.pathway.platform.UkDates.longDay(k.dueOn())),
                        "/practitioners/" + id + "/supervision"))));
        // Only whether it is due: the home page reads no answers (so it writes no audit entry for them).
        if (pulse.due(id, today)) {
            reminders.add(new Reminder("Your wellbeing pulse is due: five quick questions",
                    "/practitioners/" + id + "/pulse"));
        }
        if (!timeUse.lastWeekRecorded(id, today)) {
            reminders.add(new Reminder("Your time use for last week is not recorded yet: under a minute",
                    "/practitioners/" + id + "/time-use"));
        }
        return reminders;
    }
}
