package org.pathway.governance.audit;

import java.time.OffsetDateTime;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Walks the audit log in order and reports the first entry whose hash or link does not match. */
@Component
class AuditChainVerifier {

    private final JdbcClient jdbc;

    AuditChainVerifier(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record Result(long entriesChecked, Optional<BrokenEntry> firstBroken) {
        boolean intact() {
            return firstBroken.isEmpty();
        }
    }

    record BrokenEntry(long id, String reason) {}

    @Transactional(readOnly = true)
    Result verify() {
        long[] checked = {0};
        String[] expectedPrevious = {AuditHasher.GENESIS};
        BrokenEntry[] broken = {null};
        jdbc.sql("""
                SELECT id, occurred_at, actor, action, record_type, record_id, detail, client_address, previous_hash, hash
                FROM governance.audit_event ORDER BY id""")
                .query(rs -> {
                    if (broken[0] != null) {
                        return;
                    }
                    long id = rs.getLong("id");
                    checked[0]++;
                    String previous = rs.getString("previous_hash");
                    if (!previous.equals(expectedPrevious[0])) {
                        broken[0] = new BrokenEntry(id, "its link to the entry before it does not match");
                        return;
                    }
                    String recomputed = AuditHasher.hash(previous,
                            rs.getObject("occurred_at", OffsetDateTime.class).toInstant(), rs.getString("actor"),
                            rs.getString("action"), rs.getString("record_type"), rs.getString("record_id"),
                            rs.getString("detail"), rs.getString("client_address"));
                    String stored = rs.getString("hash");
                    if (!recomputed.equals(stored)) {
                        broken[0] = new BrokenEntry(id, "its content does not match its hash");
                        return;
                    }
                    expectedPrevious[0] = stored;
                });
        return new Result(checked[0], Optional.ofNullable(broken[0]));
    }
}
