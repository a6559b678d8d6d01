package org.pathway.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class UkDatesTests {

    @Test
    void shortMonthsHaveThreeLettersAsNhsPagesWriteThem() {
        assertThat(UkDates.day(LocalDate.of(2026, 9, 12))).isEqualTo("12 Sep 2026");
        assertThat(UkDates.month(LocalDate.of(2026, 9, 12))).isEqualTo("Sep 2026");
        assertThat(UkDates.longDay(LocalDate.of(2026, 9, 2))).isEqualTo("2 September 2026");
        assertThat(UkDates.weekday(LocalDate.of(2026, 9, 12))).isEqualTo("Saturday 12 September 2026");
    }

    @Test
    void instantsAreShownInUkTimeSummerAndWinter() {
        // 23:30 UTC on 31 July is 00:30 on 1 August in the UK (BST); in January UTC is UK time.
        assertThat(UkDates.dayTime(Instant.parse("2026-07-31T23:30:00Z"))).isEqualTo("1 Aug 2026, 00:30");
        assertThat(UkDates.longDayTime(Instant.parse("2026-01-15T09:05:00Z"))).isEqualTo("15 January 2026, 09:05");
        assertThat(UkDates.day(OffsetDateTime.of(2026, 3, 29, 23, 30, 0, 0, ZoneOffset.UTC))).isEqualTo("30 Mar 2026");
        assertThat(UkDates.dayTime(LocalDateTime.of(2026, 12, 7, 14, 5))).isEqualTo("7 Dec 2026, 14:05");
    }

    @Test
    void theAuditLogsSecondsAndTheCaseloadsDayAndMonthUseTheSameMonths() {
        assertThat(UkDates.dayTimeSeconds(Instant.parse("2026-09-12T13:05:09Z"))).isEqualTo("12 Sep 2026, 14:05:09");
        assertThat(UkDates.dayMonth(LocalDate.of(2026, 9, 2))).isEqualTo("2 Sep");
    }

    @Test
    void nothingIsShownForNoDate() {
        assertThat(UkDates.day(null)).isEmpty();
        assertThat(UkDates.dayTime(null)).isEmpty();
    }

    @Test
    void theUkDayOfAnInstantFollowsTheClocks() {
        assertThat(UkTime.dayOf(Instant.parse("2026-07-31T23:30:00Z"))).isEqualTo(LocalDate.of(2026, 8, 1));
        assertThat(UkTime.startOf(LocalDate.of(2026, 8, 1))).isEqualTo(Instant.parse("2026-07-31T23:00:00Z"));
    }
}
