package org.pathway.governance.users;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.springframework.stereotype.Component;

/** Formats instants as UK local time for the pages ({@code ${@userTimes.format(...)}}). */
@Component("userTimes")
class DisplayTime {

    static final ZoneId UK = ZoneId.of("Europe/London");
    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.UK);

    public String format(Instant instant) {
        return instant == null ? null : FORMAT.format(instant.atZone(UK));
    }
}
