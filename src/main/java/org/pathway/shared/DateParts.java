package org.pathway.shared;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads the NHS date input (day, month and year typed separately) and says what is wrong in the
 * design system's words: "From date must include a month", "From date must be a real date". Used wherever a
 * form asks for a date (the audit log's filters, a care plan's dates).
 */
public final class DateParts {

    /** What was read: a date, nothing (all three empty), or a problem on one of the parts. */
    public record Outcome(Optional<LocalDate> date, String problemPart, String message) {

        public boolean ok() {
            return message == null;
        }

        static Outcome of(LocalDate date) {
            return new Outcome(Optional.ofNullable(date), null, null);
        }

        static Outcome problem(String part, String message) {
            return new Outcome(Optional.empty(), part, message);
        }
    }

    private DateParts() {}

    /** Parts are "Day", "Month" and "Year"; {@code label} starts the message, e.g. "From date". */
    public static Outcome read(String label, String day, String month, String year) {
        String d = trim(day);
        String m = trim(month);
        String y = trim(year);
        if (d.isEmpty() && m.isEmpty() && y.isEmpty()) {
            return Outcome.of(null);
        }
        List<String> missing = new ArrayList<>();
        if (d.isEmpty()) {
            missing.add("day");
        }
        if (m.isEmpty()) {
            missing.add("month");
        }
        if (y.isEmpty()) {
            missing.add("year");
        }
        if (!missing.isEmpty()) {
            String first = missing.get(0);
            return Outcome.problem(capitalise(first), label + " must include a " + String.join(" and ", missing));
        }
        Integer dayNumber = number(d);
        Integer monthNumber = number(m);
        Integer yearNumber = number(y);
        if (dayNumber == null) {
            return Outcome.problem("Day", label + " must be a real date");
        }
        if (monthNumber == null || monthNumber < 1 || monthNumber > 12) {
            return Outcome.problem("Month", label + " must be a real date");
        }
        if (yearNumber == null || y.length() != 4) {
            return Outcome.problem("Year", label + " year must include 4 numbers");
        }
        try {
            return Outcome.of(LocalDate.of(yearNumber, monthNumber, dayNumber));
        } catch (DateTimeException e) {
            return Outcome.problem("Day", label + " must be a real date");
        }
    }

    private static Integer number(String s) {
        if (s.isEmpty() || s.length() > 4 || !s.chars().allMatch(Character::isDigit)) {
            return null;
        }
        return Integer.valueOf(s);
    }

    private static String trim(String s) {
        return s == null ? "" : s.strip();
    }

    private static String capitalise(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
