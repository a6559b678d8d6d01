package org.pathway.workforce.supervision;

import java.util.Optional;
import org.pathway.shared.DateParts;
import org.pathway.workforce.Supervision.SessionCommand;
import org.pathway.workforce.SupervisionKind;
import org.springframework.validation.Errors;

/** The form for a supervision session, exactly as typed, so it can be shown back with what is wrong. */
record SessionForm(String kind, String heldDay, String heldMonth, String heldYear, String supervisor, String minutes) {

    static SessionForm blank() {
        return new SessionForm(null, null, null, null, null, null);
    }

    /** The command, or empty with each problem of form recorded against its field (the rules are the facade's). */
    Optional<SessionCommand> validate(Errors errors) {
        SupervisionKind chosen = null;
        if (kind != null && !kind.isBlank()) {
            try {
                chosen = SupervisionKind.valueOf(kind.strip());
            } catch (IllegalArgumentException e) {
                errors.rejectValue("kind", "invalid", "Select the kind of supervision");
            }
        }
        DateParts.Outcome held = DateParts.read("Date of the session", heldDay, heldMonth, heldYear);
        if (!held.ok()) {
            errors.rejectValue("held" + held.problemPart(), "date", held.message());
        }
        Integer length = null;
        if (minutes != null && !minutes.isBlank()) {
            try {
                length = Integer.valueOf(minutes.strip());
            } catch (NumberFormatException e) {
                errors.rejectValue("minutes", "number", "Enter the length as a whole number of minutes, like 60");
            }
        }
        if (errors.hasErrors()) {
            return Optional.empty();
        }
        return Optional.of(new SessionCommand(chosen, held.date().orElse(null), supervisor, length));
    }
}
