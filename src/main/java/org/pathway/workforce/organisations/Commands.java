package org.pathway.workforce.organisations;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.Comparator;
import java.util.List;
import org.pathway.platform.Refusal;

/**
 * Checks a command with Bean Validation wherever it comes from (a form, the workforce loader, another module).
 * Public for the services and practitioners features, which check their commands the same way.
 */
public final class Commands {

    private Commands() {}

    public static void check(Validator validator, Object command) {
        List<Refusal.Problem> problems = validator.validate(command).stream()
                .sorted(Comparator.comparing((ConstraintViolation<Object> v) -> v.getPropertyPath().toString()))
                .map(v -> new Refusal.Problem(v.getPropertyPath().toString(), v.getMessage()))
                .toList();
        if (!problems.isEmpty()) {
            throw new Refusal(problems);
        }
    }
}
