package org.pathway.workforce;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Test helper for the workforce pages: signs a request in as one of the demo users, and finds the demo ICS's
 * records by name.
 */
public final class SignIns {

    private final UserDetailsService users;
    private final JdbcClient jdbc;

    public SignIns(UserDetailsService users, JdbcClient jdbc) {
        this.users = users;
        this.jdbc = jdbc;
    }

    /** Signs the request in as a demo user, e.g. "manager". */
    public RequestPostProcessor as(String username) {
        return user(users.loadUserByUsername(username));
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
