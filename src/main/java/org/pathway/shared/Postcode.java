package org.pathway.shared;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/** A UK postcode in its normal form: upper case, one space before the inward code (e.g. "TR1 3LJ"). */
public final class Postcode {

    // Outward code: A9, A99, AA9, AA99, A9A, AA9A; inward code: 9AA (C, I, K, M, O, V never in the inward letters).
    private static final Pattern FORMAT = Pattern.compile(
            "^(GIR 0AA|[A-PR-UWYZ]([0-9]{1,2}|[A-HK-Y][0-9]{1,2}|[0-9][A-HJKPSTUW]|[A-HK-Y][0-9][ABEHMNPRVWXY]) [0-9][ABD-HJLNP-UW-Z]{2})$");

    private final String value;

    private Postcode(String value) {
        this.value = value;
    }

    public static Optional<String> problemWith(String input) {
        if (input == null || input.isBlank()) {
            return Optional.of("Enter a postcode");
        }
        if (!FORMAT.matcher(normalise(input)).matches()) {
            return Optional.of("Enter a real postcode, like TR1 3LJ");
        }
        return Optional.empty();
    }

    public static boolean isValid(String input) {
        return problemWith(input).isEmpty();
    }

    public static Postcode of(String input) {
        problemWith(input).ifPresent(problem -> {
            throw new IllegalArgumentException(problem);
        });
        return new Postcode(normalise(input));
    }

    /** Upper case with a single space before the last three characters. */
    public static String normalise(String input) {
        String compact = input.replaceAll("\\s", "").toUpperCase(Locale.UK);
        return compact.length() > 3 ? compact.substring(0, compact.length() - 3) + " " + compact.substring(compact.length() - 3) : compact;
    }

    /** The outward code, e.g. "TR1". */
    public String outward() {
        return value.substring(0, value.indexOf(' '));
    }

    /** The postcode district's area letters, e.g. "TR". */
    public String area() {
        return outward().replaceAll("[0-9].*$", "");
    }

    public String value() {
        return value;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Postcode other && other.value.equals(value);
    }

    @Override
    public int hashCode() {
        return Objects.hash(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
