package org.pathway.workforce.pulse;

import java.util.Optional;
import org.pathway.workforce.Pulse.Answers;
import org.springframework.validation.Errors;

/** The pulse as ticked: five answers from 1 to 5 and a comment. */
record PulseForm(String workload, String support, String clarity, String confidence, String wellbeing,
        String comment) {

    static PulseForm blank() {
        return new PulseForm(null, null, null, null, null, null);
    }

    Optional<Answers> validate(Errors errors) {
        Integer[] values = new Integer[5];
        String[] fields = {"workload", "support", "clarity", "confidence", "wellbeing"};
        String[] typed = {workload, support, clarity, confidence, wellbeing};
        for (int i = 0; i < 5; i++) {
            if (typed[i] != null && !typed[i].isBlank()) {
                try {
                    values[i] = Integer.valueOf(typed[i].strip());
                } catch (NumberFormatException e) {
                    errors.rejectValue(fields[i], "number", "Choose a number from 1 to 5");
                }
            }
        }
        if (errors.hasErrors()) {
            return Optional.empty();
        }
        return Optional.of(new Answers(values[0], values[1], values[2], values[3], values[4], comment));
    }
}
