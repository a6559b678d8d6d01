package org.pathway.access.intake;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * At most {@code pathway.self-referral.limit} self-referrals per client address in each
 * {@code pathway.self-referral.window}. Counted in PostgreSQL under an advisory lock per address, so every node
 * of a cluster sees the same count and two simultaneous submissions cannot both slip under the limit.
 */
@Component
class SelfReferralLimit {

    private final JdbcClient jdbc;
    private final Clock clock;
    private final int limit;
    private final Duration window;

    SelfReferralLimit(JdbcClient jdbc, Clock clock, @Value("${pathway.self-referral.limit:5}") int limit,
            @Value("${pathway.self-referral.window:10m}") Duration window) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.limit = limit;
        this.window = window;
    }

    /**
     * Counts this submission and says whether it is within the limit. It joins the caller's transaction: a
     * nested one would need a second pooled connection per request, and enough concurrent submissions would
     * then exhaust the pool while each held its first.
     */
    @Transactional
    public boolean allow(String clientAddress) {
        String address = clientAddress == null || clientAddress.isBlank() ? "unknown" : clientAddress;
        Instant now = clock.instant();
        jdbc.sql("SELECT pg_advisory_xact_lock(hashtext('self-referral:' || ?))").param(address).query(rs -> {});
        jdbc.sql("DELETE FROM access.self_referral_attempt WHERE client_address = ? AND attempted_at < ?")
                .params(address, utc(now.minus(Duration.ofDays(1)))).update();
        long recent = jdbc.sql("SELECT count(*) FROM access.self_referral_attempt WHERE client_address = ? AND attempted_at > ?")
                .params(address, utc(now.minus(window))).query(Long.class).single();
        if (recent >= limit) {
            return false;
        }
        jdbc.sql("INSERT INTO access.self_referral_attempt (client_address, attempted_at) VALUES (?, ?)")
                .params(address, utc(now)).update();
        return true;
    }

    private static OffsetDateTime utc(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
