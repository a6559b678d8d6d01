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
class AuditLogService implements AuditLog, DisposableBean {

    private static final long CHAIN_LOCK = 7_411_202_611L;
    private static final ThreadLocal<Batch> BATCH = new ThreadLocal<>();

    private final HikariDataSource pool;
    private final JdbcClient jdbc;
    private final TransactionTemplate tx;
    private final JdbcTemplate batch;

    AuditLogService(DataSource main, @Value("${pathway.audit.pool-size:4}") int poolSize) throws SQLException {
        HikariDataSource source = main.unwrap(HikariDataSource.class);
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(source.getJdbcUrl());
        config.setUsername(source.getUsername());
        config.setPassword(source.getPassword());
        config.setMaximumPoolSize(poolSize);
        config.setMinimumIdle(1);
        config.setPoolName("pathway-audit");
        // A request's entries go in as one multi-row INSERT rather than one statement each.
        config.addDataSourceProperty("reWriteBatchedInserts", "true");
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

    private void append(String actor, String action, String recordType, List<String> recordIds, String detail) {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        String client = clientAddress();
        List<Entry> entries = new ArrayList<>(recordIds.size());
        for (String recordId : recordIds) {
            entries.add(new Entry(now, actor, action, recordType, recordId, detail, client));
        }
        Batch batch = BATCH.get();
        if (batch != null) {
            batch.entries.addAll(entries);
        } else {
            write(entries);
        }
    }

    /**
     * Holds this thread's entries until {@link #flush()}: a web request's entries are written together, once
     * the handler is done and before anything is rendered (see {@link AuditBatching}). Each append is a short
     * transaction holding the chain lock with a commit to disk; a referral submission made five of them, which
     * serialised concurrent users on the lock (bench/README.md).
     */
    void begin() {
        Batch batch = BATCH.get();
        if (batch == null) {
            batch = new Batch();
            BATCH.set(batch);
        }
        batch.depth++;
    }

    /** Writes what this thread holds, in one transaction. */
    void flush() {
        Batch batch = BATCH.get();
        if (batch != null && !batch.entries.isEmpty()) {
            List<Entry> entries = batch.entries;
            batch.entries = new ArrayList<>();
            write(entries);
        }
    }

    /** Writes what is held and stops holding (the outermost of nested begins). */
    void end() {
        Batch batch = BATCH.get();
        if (batch == null) {
            return;
        }
        try {
            flush();
        } finally {
            if (--batch.depth <= 0) {
                BATCH.remove();
            }
        }
    }

    /** Entries chained in order, in one short transaction holding the chain lock. */
    private void write(List<Entry> entries) {
        tx.executeWithoutResult(status -> {
            jdbc.sql("SELECT pg_advisory_xact_lock(?)").param(CHAIN_LOCK).query().singleValue();
            String previous = jdbc.sql("SELECT hash FROM governance.audit_event ORDER BY id DESC LIMIT 1")
                    .query(String.class).optional().orElse(AuditHasher.GENESIS);
            List<Object[]> rows = new ArrayList<>(entries.size());
            for (Entry e : entries) {
                String hash = AuditHasher.hash(previous, e.at(), e.actor(), e.action(), e.recordType(), e.recordId(),
                        e.detail(), e.client());
                rows.add(new Object[] {OffsetDateTime.ofInstant(e.at(), ZoneOffset.UTC), e.actor(), e.action(),
                        e.recordType(), e.recordId(), e.detail(), e.client(), previous, hash});
                previous = hash;
            }
            batch.batchUpdate("""
                    INSERT INTO governance.audit_event
                      (occurred_at, actor, action, record_type, record_id, detail, client_address, previous_hash, hash)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""", rows);
        });
    }

    private record Entry(Instant at, String actor, String action, String recordType, String recordId, String detail,
            String client) {}

    private static final class Batch {
        private int depth;
        private List<Entry> entries = new ArrayList<>();
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
