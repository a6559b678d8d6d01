package org.pathway.platform.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.sql.DataSource;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * Starts a real PostgreSQL 17 (zonky's binaries from Maven Central) when no external database is
 * configured. Its data directory persists between runs unless {@code pathway.embedded-db.ephemeral}
 * is set, as the tests do.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(NoExternalDatabaseCondition.class)
class EmbeddedDatabaseConfiguration {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseConfiguration.class);

    @Bean(destroyMethod = "close")
    EmbeddedPostgres embeddedPostgres(Environment env) throws IOException {
        boolean ephemeral = env.getProperty("pathway.embedded-db.ephemeral", Boolean.class, false);
        Path dir = ephemeral
                ? Files.createTempDirectory("pathway-test-db")
                : Path.of(env.getProperty("pathway.embedded-db.dir",
                        System.getProperty("user.home") + "/.pathway/db"));
        Files.createDirectories(dir);
        log.info("Starting embedded PostgreSQL in {}", dir);
        return EmbeddedPostgres.builder()
                .setDataDirectory(dir)
                .setCleanDataDirectory(ephemeral)
                .setRegisterShutdownHook(false) // Spring closes it after the DataSource, in order
                .setServerConfig("max_connections", "200")
                .setServerConfig("shared_buffers", "256MB")
                .setServerConfig("fsync", ephemeral ? "off" : "on")
                .setServerConfig("synchronous_commit", ephemeral ? "off" : "on")
                .start();
    }

    @Bean
    DataSource dataSource(EmbeddedPostgres postgres, Environment env) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(postgres.getJdbcUrl("postgres", "postgres"));
        config.setUsername("postgres");
        config.setMaximumPoolSize(env.getProperty("spring.datasource.hikari.maximum-pool-size", Integer.class, 20));
        config.setPoolName("pathway-embedded");
        return new HikariDataSource(config);
    }
}
