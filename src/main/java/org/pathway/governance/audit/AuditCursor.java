package org.pathway.governance.audit;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * A position in the audit log for keyset paging: an entry's time and id. Written in links as
 * {@code <microseconds since the epoch>.<id>}; anything else is ignored (the first page is shown).
 */
record AuditCursor(Instant occurredAt, long id) {

    String token() {
        return ChronoUnit.MICROS.between(Instant.EPOCH, occurredAt) + "." + id;
    }

    static Optional<AuditCursor> parse(String token) {
        if (token == null || token.isBlank()) {
            return Optional.empty();
        }
        int dot = token.indexOf('.');
        if (dot <= 0 || dot == token.length() - 1) {
            return Optional.empty();
        }
        try {
            long micros = Long.parseLong(token.substring(0, dot));
            long id = Long.parseLong(token.substring(dot + 1));
            if (id < 0) {
                return Optional.empty();
            }
            return Optional.of(new AuditCursor(Instant.EPOCH.plus(micros, ChronoUnit.MICROS), id));
        } catch (NumberFormatException | ArithmeticException | java.time.DateTimeException e) {
            return Optional.empty();
        }
    }
}
