package org.pathway.platform;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * The one time zone Pathway's days are counted in: the UK's (GMT in winter, BST in summer). A day is the UK day,
 * whatever zone the server runs in.
 */
public final class UkTime {

    public static final ZoneId ZONE = ZoneId.of("Europe/London");

    private UkTime() {}

    /** Today in the UK by this clock. */
    public static LocalDate today(Clock clock) {
        return LocalDate.now(clock.withZone(ZONE));
    }

    /** The UK day an instant falls on. */
    public static LocalDate dayOf(Instant instant) {
        return instant.atZone(ZONE).toLocalDate();
    }

    /** The instant a UK day starts. */
    public static Instant startOf(LocalDate day) {
        return day.atStartOfDay(ZONE).toInstant();
    }

    /** The instant as UK local time. */
    public static ZonedDateTime inUk(Instant instant) {
        return instant.atZone(ZONE);
    }
}
