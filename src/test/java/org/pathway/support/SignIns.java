package org.pathway.support;

import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;

import java.util.UUID;
import org.pathway.governance.PathwayUser;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The one way tests sign in: a MockMvc request as a user whose account is in the database ({@link #as}), or that user
 * as the {@link PathwayUser} a facade takes ({@link #user}). It also finds the demo ICS's records by name, for the
 * tests that still run against the demo. A test bean: autowire it, or build it from the two beans it needs.
 */
@Component
public final class SignIns {

    private final UserDetailsService users;
    private final JdbcClient jdbc;

    public SignIns(UserDetailsService users, JdbcClient jdbc) {
        this.users = users;
        this.jdbc = jdbc;
    }

    /** Signs the request in as this user, e.g. "manager". */
    public RequestPostProcessor as(String username) {
        return SecurityMockMvcRequestPostProcessors.user(users.loadUserByUsername(username));
    }

    /** The user as the facades take them, for calls made without a request. */
    public PathwayUser user(String username) {
        return (PathwayUser) users.loadUserByUsername(username);
    }

    public UUID organisation(String name) {
        return jdbc.sql("SELECT id FROM workforce.organisation WHERE name = ?").param(name).query(UUID.class).single();
    }

    public UUID service(String name) {
        return jdbc.sql("SELECT id FROM workforce.service WHERE name = ?").param(name).query(UUID.class).single();
    }

    /** Any practitioner employed by the named organisation. */
    public UUID practitionerOf(String employerName) {
        return jdbc.sql("""
                SELECT p.id FROM workforce.practitioner p JOIN workforce.organisation e ON e.id = p.employer_id
                WHERE e.name = ? ORDER BY p.name LIMIT 1""").param(employerName).query(UUID.class).single();
    }
}
