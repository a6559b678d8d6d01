package org.pathway.governance.audit;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import org.pathway.governance.AuditLog;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Appends to {@code governance.audit_event} in its own transaction, so an entry stays even when the
 * audited work rolls back. An advisory lock serialises appends so the hash chain has no forks.
 */
@Component
class JdbcAuditLog implements AuditLog {

    private static final long CHAIN_LOCK = 7_411_202_611L;

    private final JdbcClient jdbc;
    private final TransactionTemplate tx;

    JdbcAuditLog(JdbcClient jdbc, PlatformTransactionManager transactionManager) {
        this.jdbc = jdbc;
        this.tx = new TransactionTemplate(transactionManager);
        this.tx.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
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
    public void record(String actor, String action, String recordType, String recordId, String detail) {
        String client = clientAddress();
        tx.executeWithoutResult(status -> {
            jdbc.sql("SELECT pg_advisory_xact_lock(?)").param(CHAIN_LOCK).query().singleValue();
            String previous = jdbc.sql("SELECT hash FROM governance.audit_event ORDER BY id DESC LIMIT 1")
                    .query(String.class).optional().orElse(AuditHasher.GENESIS);
            Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
            String hash = AuditHasher.hash(previous, now, actor, action, recordType, recordId, detail, client);
            jdbc.sql("""
                    INSERT INTO governance.audit_event
                      (occurred_at, actor, action, record_type, record_id, detail, client_address, previous_hash, hash)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(OffsetDateTime.ofInstant(now, ZoneOffset.UTC), actor, action, recordType, recordId, detail,
                            client, previous, hash)
                    .update();
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
