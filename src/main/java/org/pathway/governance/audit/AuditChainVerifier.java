package org.pathway.governance.audit;

import java.time.OffsetDateTime;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Walks the audit log in order and reports the first entry whose hash or link does not match. Rows are
 * streamed with a cursor ({@link #FETCH_SIZE} at a time, inside a read-only transaction so PostgreSQL's
 * driver does not load them all), so memory stays flat however long the log is; the walk stops at the
 * first broken entry.
 */
@Component
class AuditChainVerifier {

    static final int FETCH_SIZE = 1_000;

    private final JdbcClient jdbc;

    AuditChainVerifier(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record Result(long entriesChecked, Optional<BrokenEntry> firstBroken) {
        boolean intact() {
            return firstBroken.isEmpty();
        }

        /** The sentence shown to administrators and printed by the command line. */
        String describe() {
            return firstBroken.map(b -> "The chain is broken at entry #" + b.id() + ": " + b.reason())
                    .orElseGet(() -> "The audit log is intact: " + entriesChecked
                            + (entriesChecked == 1 ? " entry checked" : " entries checked"));
        }
    }

    record BrokenEntry(long id, String reason) {}

    @Transactional(readOnly = true)
    Result verify() {
        return jdbc.sql("""
                SELECT id, occurred_at, actor, action, record_type, record_id, detail, client_address, previous_hash, hash
                FROM governance.audit_event ORDER BY id""")
                .withFetchSize(FETCH_SIZE)
                .query(rs -> {
                    long checked = 0;
                    String expectedPrevious = AuditHasher.GENESIS;
                    while (rs.next()) {
                        long id = rs.getLong("id");
                        checked++;
                        String previous = rs.getString("previous_hash");
                        if (!expectedPrevious.equals(previous)) {
                            return new Result(checked, Optional.of(
                                    new BrokenEntry(id, "its link to the entry before it does not match")));
                        }
                        String recomputed = AuditHasher.hash(previous,
                                rs.getObject("occurred_at", OffsetDateTime.class).toInstant(), rs.getString("actor"),
                                rs.getString("action"), rs.getString("record_type"), rs.getString("record_id"),
                                rs.getString("detail"), rs.getString("client_address"));
                        String stored = rs.getString("hash");
                        if (!recomputed.equals(stored)) {
                            return new Result(checked, Optional.of(
                                    new BrokenEntry(id, "its content does not match its hash")));
                        }
                        expectedPrevious = stored;
                    }
                    return new Result(checked, Optional.empty());
                });
    }
}
