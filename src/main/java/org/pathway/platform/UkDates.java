package org.pathway.platform;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.TextStyle;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.springframework.stereotype.Component;

/**
 * The date formats people read in Pathway, one set for every page, chart and letter: 12 Sep 2026 in tables,
 * 12 September 2026 in sentences. Instants are shown in UK time. Templates call the bean {@code @dates}
 * ({@code ${@dates.day(referral.receivedAt)}}); Java calls the static methods. No date gives an empty text.
 *
 * <p>Short months are the NHS style's three letters (Sep), not the four that Java's UK locale gives (Sept).
 */
@Component("dates")
public final class UkDates {

    private static final Map<Long, String> SHORT_MONTHS = IntStream.rangeClosed(1, 12).boxed()
            .collect(Collectors.toMap(Long::valueOf,
                    m -> java.time.Month.of(m).getDisplayName(TextStyle.FULL, Locale.UK).substring(0, 3)));

    private static final DateTimeFormatter DAY = new DateTimeFormatterBuilder()
            .appendValue(ChronoField.DAY_OF_MONTH).appendLiteral(' ')
            .appendText(ChronoField.MONTH_OF_YEAR, SHORT_MONTHS).appendLiteral(' ')
            .appendValue(ChronoField.YEAR).toFormatter(Locale.UK);
    private static final DateTimeFormatter MONTH = new DateTimeFormatterBuilder()
            .appendText(ChronoField.MONTH_OF_YEAR, SHORT_MONTHS).appendLiteral(' ')
            .appendValue(ChronoField.YEAR).toFormatter(Locale.UK);
    private static final DateTimeFormatter DAY_MONTH = new DateTimeFormatterBuilder()
            .appendValue(ChronoField.DAY_OF_MONTH).appendLiteral(' ')
            .appendText(ChronoField.MONTH_OF_YEAR, SHORT_MONTHS).toFormatter(Locale.UK);
    private static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("HH:mm:ss", Locale.UK);
    private static final DateTimeFormatter LONG_DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    private static final DateTimeFormatter WEEKDAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.UK);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.UK);

    /** Day, short month and year: 12 Sep 2026. */
    public static String day(Object value) {
        return format(value, DAY);
    }

    /** Day and short month, where the year goes without saying (what is due this week): 12 Sep. */
    public static String dayMonth(Object value) {
        return format(value, DAY_MONTH);
    }

    /** Day and time to the second, where order within a minute matters (the audit log): 12 Sep 2026, 14:05:09. */
    public static String dayTimeSeconds(Object value) {
        TemporalAccessor time = local(value);
        return time == null ? "" : DAY.format(time) + ", " + SECONDS.format(time);
    }

    /** Day, month and year: 12 September 2026. */
    public static String longDay(Object value) {
        return format(value, LONG_DAY);
    }

    /** With the day of the week: Saturday 12 September 2026. */
    public static String weekday(Object value) {
        return format(value, WEEKDAY);
    }

    /** Day and 24-hour time: 12 Sep 2026, 14:05. */
    public static String dayTime(Object value) {
        TemporalAccessor time = local(value);
        return time == null ? "" : DAY.format(time) + ", " + TIME.format(time);
    }

    /** Long day and 24-hour time: 12 September 2026, 14:05. */
    public static String longDayTime(Object value) {
        TemporalAccessor time = local(value);
        return time == null ? "" : LONG_DAY.format(time) + ", " + TIME.format(time);
    }

    /** A month on a chart's axis or a report's column: Sep 2026. */
    public static String month(Object value) {
        return format(value, MONTH);
    }

    private static String format(Object value, DateTimeFormatter formatter) {
        TemporalAccessor time = local(value);
        return time == null ? "" : formatter.format(time);
    }

    /** The value as a UK local date or date-time; instants and zoned times are converted to UK time. */
    private static TemporalAccessor local(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof LocalDate || value instanceof LocalDateTime) {
            return (TemporalAccessor) value;
        }
        if (value instanceof Instant instant) {
            return instant.atZone(UkTime.ZONE).toLocalDateTime();
        }
        if (value instanceof OffsetDateTime offset) {
            return offset.atZoneSameInstant(UkTime.ZONE).toLocalDateTime();
        }
        if (value instanceof ZonedDateTime zoned) {
            return zoned.withZoneSameInstant(UkTime.ZONE).toLocalDateTime();
        }
        if (value instanceof java.time.YearMonth month) {
            return month.atDay(1);
        }
        throw new IllegalArgumentException("Not a date: " + value.getClass().getName());
    }
}
