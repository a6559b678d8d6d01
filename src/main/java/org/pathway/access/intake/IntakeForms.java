package org.pathway.access.intake;

import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import org.pathway.access.intake.ReferralIntake.Option;
import org.pathway.access.intake.ReferralIntake.Problem;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;

/** Small helpers shared by the intake pages. */
final class IntakeForms {

    private IntakeForms() {}

    static <E extends Enum<E>> List<Option> options(E[] values, Function<E, String> label) {
        return Arrays.stream(values).map(v -> new Option(v.name(), label.apply(v))).toList();
    }

    /** Puts each problem beside its field, keeping what was typed (no message formatting of the text). */
    static void reject(BindingResult binding, List<Problem> problems) {
        for (Problem p : problems) {
            binding.addError(new FieldError(binding.getObjectName(), p.field(), binding.getRawFieldValue(p.field()),
                    false, null, null, p.message()));
        }
    }
}
