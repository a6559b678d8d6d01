package org.pathway.partnerships.peersupport;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import org.pathway.shared.DateParts;
import org.springframework.validation.Errors;

/**
 * Reads the peer-support forms' text into values: what cannot be read (an unreal date, an id that is no id) is recorded
 * against its field and read as nothing, so the rest of the form can still be checked.
 */
final class FormValues {

    private FormValues() {}

    static LocalDate date(String label, String prefix, String day, String month, String year, Errors errors) {
        DateParts.Outcome outcome = DateParts.read(label, day, month, year);
        if (!outcome.ok()) {
            errors.rejectValue(prefix + outcome.problemPart(), "date", outcome.message());
            return null;
        }
        return outcome.date().orElse(null);
    }

    static UUID uuid(String value, String field, String message, Errors errors) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return UUID.fromString(value.strip());
        } catch (IllegalArgumentException e) {
            errors.rejectValue(field, "invalid", message);
            return null;
        }
    }

    static <T> Set<T> ids(List<String> values, Function<UUID, T> wrap, String field, String message, Errors errors) {
        Set<T> ids = new LinkedHashSet<>();
        for (String value : values == null ? List.<String>of() : values) {
            if (value == null || value.isBlank()) {
                continue;
            }
            try {
                ids.add(wrap.apply(UUID.fromString(value.strip())));
            } catch (IllegalArgumentException e) {
                errors.rejectValue(field, "invalid", message);
                return Set.of();
            }
        }
        return ids;
    }

    /**
     * Whether the form has problems: what could not be read, and then every rule the rest breaks (the check), so all
     * are shown at once; a field already marked keeps its first message.
     */
    static boolean problems(org.springframework.validation.BindingResult binding, Runnable check) {
        if (!binding.hasErrors()) {
            return false;
        }
        try {
            check.run();
        } catch (org.pathway.platform.Refusal refusal) {
            org.pathway.platform.web.Forms.reject(binding, refusal);
        }
        return true;
    }

    static String day(LocalDate d) {
        return d == null ? null : String.valueOf(d.getDayOfMonth());
    }

    static String month(LocalDate d) {
        return d == null ? null : String.valueOf(d.getMonthValue());
    }

    static String year(LocalDate d) {
        return d == null ? null : String.valueOf(d.getYear());
    }
}
