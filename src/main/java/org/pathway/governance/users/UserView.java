package org.pathway.governance.users;

import java.time.Instant;
import java.util.UUID;
import org.pathway.governance.Role;

/** An account as the administrator's pages show it: never its password hash. */
record UserView(UUID id, String username, String displayName, String email, Role role, UUID organisationId,
        String organisationName, boolean enabled, boolean locked, Instant lockedUntil, Instant lastSignInAt,
        Instant createdAt, int failedAttempts) {

    public String roleLabel() {
        return role.label();
    }
}
