package org.pathway.governance.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.pathway.PathwayIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A request's audit entries are held, then written together, and written even when the work fails. */
@PathwayIntegrationTest
class AuditBatchingIntegrationTests {

    @Autowired
    AuditLogService log;

    @Autowired
    JdbcClient jdbc;

    @Test
    void entriesHeldDuringARequestAreWrittenTogetherInOrderWhenItEnds() {
        String first = UUID.randomUUID().toString();
        String second = UUID.randomUUID().toString();
        log.begin();
        try {
            log.viewed("batch-test", first, null);
            log.changed("batch-test", second, "changed");
            assertThat(entries(first) + entries(second)).isZero();
        } finally {
            log.end();
        }
        assertThat(entries(first)).isOne();
        assertThat(entries(second)).isOne();
        assertThat(jdbc.sql("SELECT b.previous_hash = a.hash FROM governance.audit_event a, governance.audit_event b"
                + " WHERE a.record_id = ? AND b.record_id = ?").params(first, second).query(Boolean.class).single())
                .as("the second entry chains onto the first").isTrue();
    }

    @Test
    void entriesOfWorkThatFailsAreStillWritten() {
        String id = UUID.randomUUID().toString();
        assertThatThrownBy(() -> {
            log.begin();
            try {
                log.viewed("batch-test", id, null);
                throw new IllegalStateException("the audited work failed");
            } finally {
                log.end();
            }
        }).hasMessage("the audited work failed");
        assertThat(entries(id)).isOne();
    }

    @Test
    void withoutARequestEachEntryIsWrittenAtOnce() {
        String id = UUID.randomUUID().toString();
        log.viewed("batch-test", id, null);
        assertThat(entries(id)).isOne();
    }

    private int entries(String recordId) {
        return jdbc.sql("SELECT count(*) FROM governance.audit_event WHERE record_type = 'batch-test' AND record_id = ?")
                .param(recordId).query(Integer.class).single();
    }
}
