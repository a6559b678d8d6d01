package org.pathway.access.triage;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.NavigableSet;
import java.util.TreeSet;

/**
 * Working-day arithmetic for the unactioned-referral alert: Monday to Friday, less the bank holidays given.
 * {@link #between} counts the working days after one date up to and including another, so a referral received
 * on a Friday has waited one working day on the Monday.
 */
final class WorkingDays {

    /** The England and Wales bank holidays (gov.uk) for 2025 to 2027, the default list. */
    static final List<LocalDate> ENGLAND_AND_WALES_2025_TO_2027 = List.of(
            LocalDate.of(2025, 1, 1), LocalDate.of(2025, 4, 18), LocalDate.of(2025, 4, 21), LocalDate.of(2025, 5, 5),
            LocalDate.of(2025, 5, 26), LocalDate.of(2025, 8, 25), LocalDate.of(2025, 12, 25), LocalDate.of(2025, 12, 26),
            LocalDate.of(2026, 1, 1), LocalDate.of(2026, 4, 3), LocalDate.of(2026, 4, 6), LocalDate.of(2026, 5, 4),
            LocalDate.of(2026, 5, 25), LocalDate.of(2026, 8, 31), LocalDate.of(2026, 12, 25), LocalDate.of(2026, 12, 28),
            LocalDate.of(2027, 1, 1), LocalDate.of(2027, 3, 26), LocalDate.of(2027, 3, 29), LocalDate.of(2027, 5, 3),
            LocalDate.of(2027, 5, 31), LocalDate.of(2027, 8, 30), LocalDate.of(2027, 12, 27), LocalDate.of(2027, 12, 28));

    private final NavigableSet<LocalDate> bankHolidays;

    WorkingDays(Collection<LocalDate> bankHolidays) {
        this.bankHolidays = new TreeSet<>(bankHolidays);
    }

    public boolean isWorkingDay(LocalDate date) {
        DayOfWeek day = date.getDayOfWeek();
        return day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY && !bankHolidays.contains(date);
    }

    /** Working days after {@code from} up to and including {@code to}; 0 when {@code to} is not after {@code from}. */
    public int between(LocalDate from, LocalDate to) {
        if (!to.isAfter(from)) {
            return 0;
        }
        long days = to.toEpochDay() - from.toEpochDay();
        long weeks = days / 7;
        int count = (int) (weeks * 5);
        for (LocalDate d = from.plusDays(weeks * 7 + 1); !d.isAfter(to); d = d.plusDays(1)) {
            DayOfWeek day = d.getDayOfWeek();
            if (day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY) {
                count++;
            }
        }
        for (LocalDate holiday : bankHolidays.subSet(from, false, to, true)) {
            if (holiday.getDayOfWeek() != DayOfWeek.SATURDAY && holiday.getDayOfWeek() != DayOfWeek.SUNDAY) {
                count--;
            }
        }
        return count;
    }

    /**
     * The latest date from which {@code days} working days have passed by {@code date}: a referral received on
     * that date or before has waited at least that many working days.
     */
    public LocalDate minus(LocalDate date, int days) {
        LocalDate d = date;
        int counted = 0;
        while (counted < days) {
            if (isWorkingDay(d)) {
                counted++;
            }
            d = d.minusDays(1);
        }
        return d;
    }
}
