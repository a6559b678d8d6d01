package org.pathway.activities.directory;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import org.pathway.platform.UkTime;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * How fresh a listing must be: not verified for {@code pathway.activities.stale-after} (default 6 months) it is
 * flagged stale; not verified for {@code pathway.activities.withhold-after} (default 12 months) it is withheld
 * from search results unless asked for. Periods in ISO-8601 form, e.g. {@code P6M}.
 */
@Component
public class DirectorySettings {

    private final Period staleAfter;
    private final Period withholdAfter;
    private final Clock clock;

    public DirectorySettings(@Value("${pathway.activities.stale-after:P6M}") Period staleAfter,
            @Value("${pathway.activities.withhold-after:P12M}") Period withholdAfter, Clock clock) {
        if (staleAfter.isNegative() || staleAfter.isZero() || withholdAfter.isNegative() || withholdAfter.isZero()) {
            throw new IllegalArgumentException("pathway.activities.stale-after and withhold-after must be positive");
        }
        this.staleAfter = staleAfter;
        this.withholdAfter = withholdAfter;
        this.clock = clock;
    }

    public Period staleAfter() {
        return staleAfter;
    }

    public Period withholdAfter() {
        return withholdAfter;
    }

    public LocalDate today() {
        return UkTime.today(clock);
    }

    public Instant now() {
        return clock.instant();
    }

    /** Listings last verified before this are stale. */
    public Instant staleBefore() {
        return UkTime.startOf(today().minus(staleAfter));
    }

    /** Listings last verified before this are withheld. */
    public Instant withheldBefore() {
        return UkTime.startOf(today().minus(withholdAfter));
    }

    /** Monday of the current week, in UK time. */
    public LocalDate thisMonday() {
        LocalDate today = today();
        return today.minusDays(today.getDayOfWeek().getValue() - 1L);
    }
}
