package org.pathway.governance.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class AuditCursorTests {

    @Test
    void roundTripsThroughALinkToTheMicrosecond() {
        AuditCursor cursor = new AuditCursor(Instant.parse("2026-11-24T11:38:41.123456Z"), 42);
        assertThat(cursor.token()).isEqualTo("1795520321123456.42");
        assertThat(AuditCursor.parse(cursor.token())).contains(cursor);
    }

    @Test
    void ignoresAnythingElse() {
        assertThat(AuditCursor.parse(null)).isEmpty();
        assertThat(AuditCursor.parse("")).isEmpty();
        assertThat(AuditCursor.parse("abc")).isEmpty();
        assertThat(AuditCursor.parse("12.")).isEmpty();
        assertThat(AuditCursor.parse(".12")).isEmpty();
        assertThat(AuditCursor.parse("1.-5")).isEmpty();
        assertThat(AuditCursor.parse("99999999999999999999999.1")).isEmpty();
    }
}
