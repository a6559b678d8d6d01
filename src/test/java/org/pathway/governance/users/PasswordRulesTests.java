package org.pathway.governance.users;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordRulesTests {

    @Test
    void twelveCharactersThatAreNotTheUsernameAreAccepted() {
        assertThat(PasswordRules.problem("jo.bloggs", "twelve-chars")).isEmpty();
        assertThat(PasswordRules.problem("jo.bloggs", "a much longer pass phrase")).isEmpty();
    }

    @Test
    void shortPasswordsAreRefused() {
        assertThat(PasswordRules.problem("jo", "eleven-char")).contains("Password must be 12 characters or more");
        assertThat(PasswordRules.problem("jo", "")).contains("Enter a password");
        assertThat(PasswordRules.problem("jo", null)).contains("Enter a password");
    }

    @Test
    void theUsernameInAnyCaseIsRefused() {
        assertThat(PasswordRules.problem("Jo.Bloggs.Long", "jo.bloggs.long"))
                .contains("Password must not be the same as the username");
    }

    @Test
    void passwordsBCryptWouldTruncateOrOnlySpacesAreRefused() {
        assertThat(PasswordRules.problem("jo", "x".repeat(73))).contains("Password must be 72 characters or fewer");
        assertThat(PasswordRules.problem("jo", "é".repeat(37))).contains("Password must be 72 characters or fewer");
        assertThat(PasswordRules.problem("jo", " ".repeat(12))).contains("Password must not be only spaces");
    }
}
