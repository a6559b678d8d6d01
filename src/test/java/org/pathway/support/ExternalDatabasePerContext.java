package org.pathway.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * When {@code PATHWAY_TEST_EXTERNAL_DB_URL} is set (CI does, with Debian's PostgreSQL 15), every test
 * context gets a fresh database of its own on that server and Pathway runs in production mode against
 * it: Spring Boot's own DataSource, no embedded PostgreSQL. Otherwise it does nothing.
 */
public class ExternalDatabasePerContext implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        String adminUrl = System.getenv("PATHWAY_TEST_EXTERNAL_DB_URL");
        if (adminUrl == null || adminUrl.isBlank() || context.getEnvironment().containsProperty("spring.datasource.url")) {
            return; // no external server, or this context was pointed at a database explicitly (a second node)
        }
        String username = System.getenv("PATHWAY_TEST_EXTERNAL_DB_USERNAME");
        String password = System.getenv("PATHWAY_TEST_EXTERNAL_DB_PASSWORD");
        String database = "pathway_it_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        try (Connection connection = DriverManager.getConnection(adminUrl, username, password);
                Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE " + database);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create the test database on " + adminUrl, e);
        }
        String url = adminUrl.substring(0, adminUrl.lastIndexOf('/') + 1) + database;
        // Spring keeps every test context (and its pools) open for reuse: small pools keep the many contexts of a
        // run within the server's connection limit (100 by default).
        context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("externalTestDatabase", Map.of(
                "spring.datasource.url", url,
                "spring.datasource.username", username,
                "spring.datasource.password", password,
                "spring.datasource.hikari.maximum-pool-size", "4",
                "spring.datasource.hikari.minimum-idle", "1",
                "pathway.audit.pool-size", "2")));
    }
}
