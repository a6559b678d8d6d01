package org.pathway.shared;

import java.util.Objects;
import java.util.Optional;

/**
 * A valid NHS number: ten digits whose last is the modulus 11 check digit of the first nine
 * (weights 10 to 2). All-same-digit numbers are refused. Shown as 3-3-4.
 */
public final class NhsNumber {

    private final String digits;

    private NhsNumber(String digits) {
        this.digits = digits;
    }

    /** Why a typed NHS number is not valid, or empty when it is. Spaces and hyphens are ignored. */
    public static Optional<String> problemWith(String input) {
        if (input == null || input.isBlank()) {
            return Optional.of("Enter an NHS number");
        }
        String digits = normalise(input);
        if (!digits.matches("\\d{10}")) {
            return Optional.of("NHS number must be 10 digits");
        }
        if (digits.chars().distinct().count() == 1) {
            return Optional.of("NHS number cannot be the same digit ten times");
        }
        int check = checkDigit(digits);
        if (check == 10 || check != digits.charAt(9) - '0') {
            return Optional.of("NHS number is not valid: the check digit does not match");
        }
        return Optional.empty();
    }

    public static boolean isValid(String input) {
        return problemWith(input).isEmpty();
    }

    public static NhsNumber of(String input) {
        problemWith(input).ifPresent(problem -> {
            throw new IllegalArgumentException(problem);
        });
        return new NhsNumber(normalise(input));
    }

    /** The check digit for the first nine digits: 0–9, or 10 when no valid number starts with them. */
    public static int checkDigit(String digits) {
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            sum += (digits.charAt(i) - '0') * (10 - i);
        }
        int check = 11 - (sum % 11);
        return check == 11 ? 0 : check;
    }

    /** Numbers 999 000 0000 to 999 999 9999 are reserved for testing. */
    public boolean isTestNumber() {
        return digits.startsWith("999");
    }

    public String value() {
        return digits;
    }

    /** 3-3-4, as people read it: 943 476 5919. */
    public String formatted() {
        return digits.substring(0, 3) + " " + digits.substring(3, 6) + " " + digits.substring(6);
    }

    private static String normalise(String input) {
        return input.replaceAll("[\\s-]", "");
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof NhsNumber other && other.digits.equals(digits);
    }

    @Override
    public int hashCode() {
        return Objects.hash(digits);
    }

    @Override
    public String toString() {
        return formatted();
    }
}
