package org.pathway.workforce.training;

import java.util.Optional;
import java.util.UUID;
import org.pathway.shared.DateParts;
import org.pathway.workforce.Training.TrainingCommand;
import org.springframework.validation.Errors;

/** The form for a completed course, exactly as typed, so it can be shown back with what is wrong. */
record TrainingForm(String courseId, String completedDay, String completedMonth, String completedYear,
        String expiresDay, String expiresMonth, String expiresYear) {

    static TrainingForm blank() {
        return new TrainingForm(null, null, null, null, null, null, null);
    }

    /** The command, or empty with each problem recorded against its field. */
    Optional<TrainingCommand> validate(Errors errors) {
        UUID course = null;
        if (courseId == null || courseId.isBlank()) {
            errors.rejectValue("courseId", "required", "Select the course that was completed");
        } else {
            try {
                course = UUID.fromString(courseId.strip());
            } catch (IllegalArgumentException e) {
                errors.rejectValue("courseId", "invalid", "Select the course that was completed");
            }
        }
        DateParts.Outcome completed = DateParts.read("Date completed", completedDay, completedMonth, completedYear);
        if (!completed.ok()) {
            errors.rejectValue("completed" + completed.problemPart(), "date", completed.message());
        } else if (completed.date().isEmpty()) {
            errors.rejectValue("completedDay", "required", "Enter the date the course was completed");
        }
        DateParts.Outcome expires = DateParts.read("Expiry date", expiresDay, expiresMonth, expiresYear);
        if (!expires.ok()) {
            errors.rejectValue("expires" + expires.problemPart(), "date", expires.message());
        }
        if (errors.hasErrors()) {
            return Optional.empty();
        }
        return Optional.of(new TrainingCommand(course, completed.date().get(), expires.date().orElse(null)));
    }
}
