package org.pathway.governance.audit;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Appends an audit entry with a chosen time (e.g. last week), hashed and linked exactly as
 * {@link AuditLogService} does, so the chain stays intact for the other tests sharing the database.
 */
final class AuditTestEntries {

    private final JdbcClient jdbc;
    private final TransactionTemplate tx;

    AuditTestEntries(JdbcClient jdbc, PlatformTransactionManager transactionManager) {
        this.jdbc = jdbc;
        this.tx = new TransactionTemplate(transactionManager);
    }

    long appendAt(Instant when, String actor, String action, String recordType, String recordId, String detail) {
        Instant at = when.truncatedTo(ChronoUnit.MICROS);
        return tx.execute(status -> {
            jdbc.sql("SELECT pg_advisory_xact_lock(7411202611)").query().singleValue();
            String previous = jdbc.sql("SELECT hash FROM governance.audit_event ORDER BY id DESC LIMIT 1")
                    .query(String.class).optional().orElse(AuditHasher.GENESIS);
            String hash = AuditHasher.hash(previous, at, actor, action, recordType, recordId, detail, "test");
            return jdbc.sql("""
                    INSERT INTO governance.audit_event
                      (occurred_at, actor, action, record_type, record_id, detail, client_address, previous_hash, hash)
                    VALUES (?, ?, ?, ?, ?, ?, 'test', ?, ?) RETURNING id""")
                    .params(OffsetDateTime.ofInstant(at, ZoneOffset.UTC), actor, action, recordType, recordId, detail,
                            previous, hash)
                    .query(Long.class).single();
        });
    }
}
