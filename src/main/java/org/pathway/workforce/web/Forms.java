package org.pathway.workforce.web;

import org.pathway.workforce.FieldProblem;
import org.pathway.workforce.InvalidCommandException;
import org.springframework.validation.BindingResult;

/** Puts problems found when carrying out a command back on the form, beside their fields. */
public final class Forms {

    private Forms() {}

    public static void reject(BindingResult binding, InvalidCommandException problems) {
        for (FieldProblem problem : problems.problems()) {
            if (binding.getFieldErrorCount(problem.field()) == 0) {
                binding.rejectValue(problem.field(), "invalid", problem.message());
            }
        }
    }

    /** The page number asked for, never below 1. */
    public static int page(int requested) {
        return Math.max(requested, 1) - 1;
    }
}
