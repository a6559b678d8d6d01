package org.pathway.governance.audit;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import org.pathway.governance.AuditLog;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Appends to {@code governance.audit_event} in its own transaction, so an entry stays even when the
 * audited work rolls back. An advisory lock serialises appends so the hash chain has no forks.
 *
 * <p>Appends use a small connection pool of their own. The audited work usually holds a connection from
 * the main pool while it calls the log; if the log drew from the same pool, enough concurrent requests
 * would each hold one connection and wait forever for a second (measured: 20 users on the triage queue
 * exhausted a pool of 10). With its own pool the log never waits on the work it audits.
 */
@Component
class JdbcAuditLog implements AuditLog, DisposableBean {

    private static final long CHAIN_LOCK = 7_411_202_611L;

    private final HikariDataSource pool;
    private final JdbcClient jdbc;
    private final TransactionTemplate tx;
    private final JdbcTemplate batch;

    JdbcAuditLog(DataSource main, @Value("${pathway.audit.pool-size:4}") int poolSize) throws SQLException {
        HikariDataSource source = main.unwrap(HikariDataSource.class);
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(source.getJdbcUrl());
        config.setUsername(source.getUsername());
        config.setPassword(source.getPassword());
        config.setMaximumPoolSize(poolSize);
        config.setMinimumIdle(1);
        config.setPoolName("pathway-audit");
        this.pool = new HikariDataSource(config);
        this.jdbc = JdbcClient.create(pool);
        this.batch = new JdbcTemplate(pool);
        this.tx = new TransactionTemplate(new DataSourceTransactionManager(pool));
        this.tx.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    @Override
    public void destroy() {
        pool.close();
    }

    @Override
    public void viewed(String recordType, String recordId, String detail) {
        record(currentActor(), "VIEW", recordType, recordId, detail);
    }

    @Override
    public void changed(String recordType, String recordId, String detail) {
        record(currentActor(), "CHANGE", recordType, recordId, detail);
    }

    @Override
    public void viewedAll(String recordType, Collection<String> recordIds, String detail) {
        if (!recordIds.isEmpty()) {
            append(currentActor(), "VIEW", recordType, List.copyOf(recordIds), detail);
        }
    }

    @Override
    public void changedAll(String recordType, Collection<String> recordIds, String detail) {
        if (!recordIds.isEmpty()) {
            append(currentActor(), "CHANGE", recordType, List.copyOf(recordIds), detail);
        }
    }

    @Override
    public void record(String actor, String action, String recordType, String recordId, String detail) {
        append(actor, action, recordType, Collections.singletonList(recordId), detail);
    }

    /** One entry per record id, chained in order, in one short transaction holding the chain lock. */
    private void append(String actor, String action, String recordType, List<String> recordIds, String detail) {
        String client = clientAddress();
        tx.executeWithoutResult(status -> {
            jdbc.sql("SELECT pg_advisory_xact_lock(?)").param(CHAIN_LOCK).query().singleValue();
            String previous = jdbc.sql("SELECT hash FROM governance.audit_event ORDER BY id DESC LIMIT 1")
                    .query(String.class).optional().orElse(AuditHasher.GENESIS);
            Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
            OffsetDateTime at = OffsetDateTime.ofInstant(now, ZoneOffset.UTC);
            List<Object[]> rows = new ArrayList<>(recordIds.size());
            for (String recordId : recordIds) {
                String hash = AuditHasher.hash(previous, now, actor, action, recordType, recordId, detail, client);
                rows.add(new Object[] {at, actor, action, recordType, recordId, detail, client, previous, hash});
                previous = hash;
            }
            batch.batchUpdate("""
                    INSERT INTO governance.audit_event
                      (occurred_at, actor, action, record_type, record_id, detail, client_address, previous_hash, hash)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""", rows);
        });
    }

    private static String currentActor() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || auth instanceof AnonymousAuthenticationToken) {
            return "anonymous";
        }
        return auth.getName();
    }

    private static String clientAddress() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            HttpServletRequest request = attributes.getRequest();
            return request.getRemoteAddr();
        }
        return "system";
    }
}
