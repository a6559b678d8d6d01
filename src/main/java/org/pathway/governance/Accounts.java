package org.pathway.governance;

import java.util.UUID;

/**
 * Creating sign-in accounts from other modules (the demo loader, later an identity provider's sync), and saying who
 * an account holder is where a record keeps only a username.
 */
public interface Accounts {

    /** Creates an account unless one with that username exists; returns the account's id either way. */
    UUID ensureAccount(NewAccount account);

    /**
     * Who acted, as people read it, for records that keep a username (a referral's history): each known username's
     * name, role and organisation. Unknown usernames are left out. Holds nothing more than a staff directory would.
     */
    java.util.Map<String, AccountHolder> holders(java.util.Collection<String> usernames);

    /** A person with an account: shown as “Demo Link worker, Link worker, Kernow Community Connect”. */
    record AccountHolder(String username, String displayName, Role role, String organisationName) {

        public String described() {
            return displayName + ", " + role.label() + (organisationName == null ? "" : ", " + organisationName);
        }
    }

    record NewAccount(String username, String displayName, String email, String rawPassword, Role role,
            UUID organisationId) {}
}
