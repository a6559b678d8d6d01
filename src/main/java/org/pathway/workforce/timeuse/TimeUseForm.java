package org.pathway.workforce.timeuse;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import org.pathway.workforce.TimeUse.Hours;
import org.springframework.validation.Errors;

/** A week's hours as typed: the week's Monday, five kinds of hours (blank is 0) and whether it replaces the week. */
record TimeUseForm(String week, String core, String welfareCalls, String practiceAdmin, String emergencyResponse,
        String training, Boolean replacing) {

    /** Whether this changes a week already recorded. */
    boolean replaces() {
        return Boolean.TRUE.equals(replacing);
    }

    static TimeUseForm of(LocalDate week, Hours hours, boolean replacing) {
        return hours == null ? new TimeUseForm(week.toString(), null, null, null, null, null, replacing)
                : new TimeUseForm(week.toString(), text(hours.core()), text(hours.welfareCalls()),
                        text(hours.practiceAdmin()), text(hours.emergencyResponse()), text(hours.training()), replacing);
    }

    private static String text(BigDecimal hours) {
        return hours.signum() == 0 ? "0" : hours.stripTrailingZeros().toPlainString();
    }

    /** The week's Monday, or null when none was chosen or it is not a date. */
    LocalDate weekStarting() {
        try {
            return week == null || week.isBlank() ? null : LocalDate.parse(week.strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** The hours when each is a number (blank counts as 0); otherwise the fields that are not, rejected. */
    Optional<Hours> hours(Errors errors) {
        BigDecimal[] values = new BigDecimal[5];
        String[] fields = {"core", "welfareCalls", "practiceAdmin", "emergencyResponse", "training"};
        String[] typed = {core, welfareCalls, practiceAdmin, emergencyResponse, training};
        for (int i = 0; i < 5; i++) {
            String t = typed[i] == null ? "" : typed[i].strip();
            try {
                values[i] = t.isEmpty() ? BigDecimal.ZERO : new BigDecimal(t);
            } catch (NumberFormatException e) {
                errors.rejectValue(fields[i], "number", "Enter hours as a number, like 7.5");
            }
        }
        if (errors.hasErrors()) {
            return Optional.empty();
        }
        return Optional.of(new Hours(values[0], values[1], values[2], values[3], values[4]));
    }
}
