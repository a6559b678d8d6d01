package org.pathway.platform;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.List;

/**
 * Checks the rules a command states about itself across fields (for a service: minimum age not above the
 * maximum, a session cap for a transactional service...). Each problem is reported against its own field, so
 * a form shows it beside that field and in the error summary.
 */
@Documented
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = ConsistentCommand.Validator.class)
public @interface ConsistentCommand {

    String message() default "The form is not consistent";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /**
     * A command that knows its own cross-field rules. Messages are shown through Spring's message formatting, which
     * drops straight apostrophes: write them as ’.
     */
    interface SelfChecking {
        List<Refusal.Problem> problems();
    }

    class Validator implements ConstraintValidator<ConsistentCommand, SelfChecking> {

        @Override
        public boolean isValid(SelfChecking command, ConstraintValidatorContext context) {
            if (command == null) {
                return true;
            }
            List<Refusal.Problem> problems = command.problems();
            if (problems.isEmpty()) {
                return true;
            }
            context.disableDefaultConstraintViolation();
            for (Refusal.Problem problem : problems) {
                context.buildConstraintViolationWithTemplate(escape(problem.message()))
                        .addPropertyNode(problem.field())
                        .addConstraintViolation();
            }
            return false;
        }

        private static String escape(String message) {
            return message.replace("\\", "\\\\").replace("{", "\\{").replace("}", "\\}").replace("$", "\\$");
        }
    }
}
