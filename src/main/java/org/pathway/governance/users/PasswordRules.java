package org.pathway.governance.users;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

/**
 * The strength rule for passwords an administrator sets: at least {@value #MIN_LENGTH} characters and
 * not the username. BCrypt reads only the first 72 bytes, so longer passwords are refused rather than
 * silently truncated.
 */
final class PasswordRules {

    static final int MIN_LENGTH = 12;
    static final int MAX_BYTES = 72;

    private PasswordRules() {}

    /** The message to show by the password field, or empty when the password is acceptable. */
    static Optional<String> problem(String username, String password) {
        if (password == null || password.isEmpty()) {
            return Optional.of("Enter a password");
        }
        if (password.codePointCount(0, password.length()) < MIN_LENGTH) {
            return Optional.of("Password must be " + MIN_LENGTH + " characters or more");
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            return Optional.of("Password must be " + MAX_BYTES + " characters or fewer");
        }
        if (password.isBlank()) {
            return Optional.of("Password must not be only spaces");
        }
        if (username != null && !username.isBlank()
                && password.strip().toLowerCase(Locale.ROOT).equals(username.strip().toLowerCase(Locale.ROOT))) {
            return Optional.of("Password must not be the same as the username");
        }
        return Optional.empty();
    }
}
