package org.pathway.access.intake;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Times and dates as people in England read them. */
public final class DisplayTimes {

    private static final ZoneId UK = ZoneId.of("Europe/London");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("d MMMM yyyy 'at' h:mma", Locale.UK);
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    public String time(Instant instant) {
        return instant == null ? "" : TIME.format(instant.atZone(UK)).replace("AM", "am").replace("PM", "pm");
    }

    public String date(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }
}
