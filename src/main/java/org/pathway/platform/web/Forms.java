package org.pathway.platform.web;

import org.pathway.platform.Refusal;
import org.springframework.validation.BindingResult;

/** Puts the problems of a refused command back on its form: beside their fields and in the error summary. */
public final class Forms {

    private Forms() {}

    public static void reject(BindingResult binding, Refusal refusal) {
        for (Refusal.Problem problem : refusal.problems()) {
            if (problem.global()) {
                binding.reject("refused", problem.message());
            } else if (binding.getFieldErrorCount(problem.field()) == 0) {
                binding.rejectValue(problem.field(), "refused", problem.message());
            }
        }
    }

    /** The zero-based page index for the page number asked for, never below the first page. */
    public static int page(int requested) {
        return Math.max(requested, 1) - 1;
    }
}
