package org.pathway.governance;

import java.util.UUID;

/** Creating sign-in accounts from other modules (the demo loader, later an identity provider's sync). */
public interface Accounts {

    /** Creates an account unless one with that username exists; returns the account's id either way. */
    UUID ensureAccount(NewAccount account);

    record NewAccount(String username, String displayName, String email, String rawPassword, Role role,
            UUID organisationId) {}
}
