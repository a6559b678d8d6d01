package org.pathway.access.triage;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class WorkingDaysTests {

    final WorkingDays days = new WorkingDays(WorkingDays.ENGLAND_AND_WALES_2025_TO_2027);
    final WorkingDays noHolidays = new WorkingDays(List.of());

    @Test
    void weekendsAreNotWorkingDays() {
        // Friday 6 June 2025 to Monday 9 June 2025: one working day (the Monday)
        assertThat(noHolidays.between(LocalDate.of(2025, 6, 6), LocalDate.of(2025, 6, 9))).isEqualTo(1);
        // Friday to the Sunday after: none
        assertThat(noHolidays.between(LocalDate.of(2025, 6, 6), LocalDate.of(2025, 6, 8))).isZero();
        // Monday to the next Monday: five
        assertThat(noHolidays.between(LocalDate.of(2025, 6, 2), LocalDate.of(2025, 6, 9))).isEqualTo(5);
        // Received on a Saturday, seen on the Monday: one
        assertThat(noHolidays.between(LocalDate.of(2025, 6, 7), LocalDate.of(2025, 6, 9))).isEqualTo(1);
        // Four weeks and two days
        assertThat(noHolidays.between(LocalDate.of(2025, 6, 2), LocalDate.of(2025, 7, 2))).isEqualTo(22);
    }

    @Test
    void nothingHasPassedOnTheSameDayOrBefore() {
        assertThat(days.between(LocalDate.of(2025, 6, 4), LocalDate.of(2025, 6, 4))).isZero();
        assertThat(days.between(LocalDate.of(2025, 6, 4), LocalDate.of(2025, 6, 1))).isZero();
    }

    @Test
    void bankHolidaysAreNotWorkingDays() {
        // Thursday 17 April 2025 to Tuesday 22 April 2025: Good Friday and Easter Monday leave only the Tuesday
        assertThat(days.between(LocalDate.of(2025, 4, 17), LocalDate.of(2025, 4, 22))).isEqualTo(1);
        assertThat(noHolidays.between(LocalDate.of(2025, 4, 17), LocalDate.of(2025, 4, 22))).isEqualTo(3);
        // Christmas 2026: Boxing Day falls on a Saturday, so Monday 28 December is the substitute holiday
        assertThat(days.between(LocalDate.of(2026, 12, 24), LocalDate.of(2026, 12, 29))).isEqualTo(1);
        assertThat(days.isWorkingDay(LocalDate.of(2026, 12, 28))).isFalse();
        assertThat(days.isWorkingDay(LocalDate.of(2026, 12, 29))).isTrue();
    }

    @Test
    void aHolidayOnTheStartDayItselfIsNotCounted() {
        // Received on Easter Monday 2025, Tuesday is the first working day after it
        assertThat(days.between(LocalDate.of(2025, 4, 21), LocalDate.of(2025, 4, 22))).isEqualTo(1);
    }

    @Test
    void minusFindsTheLatestDateFromWhichThatManyWorkingDaysHavePassed() {
        // By Tuesday 22 April 2025, skipping Easter, five working days (14-17 and 22 April) have passed since
        // Sunday 13 April
        LocalDate cutoff = days.minus(LocalDate.of(2025, 4, 22), 5);
        assertThat(cutoff).isEqualTo(LocalDate.of(2025, 4, 13));
        assertThat(days.between(cutoff, LocalDate.of(2025, 4, 22))).isEqualTo(5);
        assertThat(days.between(cutoff.plusDays(1), LocalDate.of(2025, 4, 22))).isEqualTo(4);
        // From a Monday, five back lands on the Monday before
        assertThat(noHolidays.minus(LocalDate.of(2025, 6, 9), 5)).isEqualTo(LocalDate.of(2025, 6, 2));
    }

    @Test
    void agreesWithCountingDayByDayOverTwoYears() {
        LocalDate start = LocalDate.of(2025, 1, 1);
        for (int offset = 0; offset < 730; offset += 13) {
            LocalDate from = start.plusDays(offset);
            for (int length = 0; length < 40; length += 3) {
                LocalDate to = from.plusDays(length);
                int expected = 0;
                for (LocalDate d = from.plusDays(1); !d.isAfter(to); d = d.plusDays(1)) {
                    expected += days.isWorkingDay(d) ? 1 : 0;
                }
                assertThat(days.between(from, to)).as(from + " to " + to).isEqualTo(expected);
            }
        }
    }
}
