package org.pathway.demo;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.Random;

/**
 * The calendar of the demo's access story: two years ending the day before the load date, with a burst in the
 * first spring (as in 2020, March to June), and times of day in office hours, in UK time.
 */
final class DemoDays {

    final LocalDate end;
    final LocalDate start;
    final LocalDate burstStart;
    final LocalDate burstEnd;
    private final Random random;

    DemoDays(LocalDate end, Random random) {
        this.end = end;
        this.start = end.minusYears(2);
        LocalDate spring = LocalDate.of(start.getYear() + (start.getMonthValue() > 3 ? 1 : 0), 3, 1);
        this.burstStart = spring;
        this.burstEnd = spring.plusMonths(4);
        this.random = random;
    }

    boolean inBurst(LocalDate day) {
        return !day.isBefore(burstStart) && day.isBefore(burstEnd);
    }

    /** Fewer referrals at weekends, in August and at Christmas; more in January and during the burst. */
    double weight(LocalDate day) {
        double w = switch (day.getDayOfWeek()) {
            case SATURDAY -> 0.08;
            case SUNDAY -> 0.04;
            default -> 1.0;
        };
        w *= switch (day.getMonth()) {
            case JANUARY -> 1.2;
            case AUGUST -> 0.75;
            case DECEMBER -> day.getDayOfMonth() > 20 ? 0.4 : 0.95;
            case SEPTEMBER, OCTOBER -> 1.1;
            default -> 1.0;
        };
        return inBurst(day) ? w * 1.7 : w;
    }

    Instant endInstant() {
        return end.atStartOfDay(DemoActivityGenerator.ZONE).toInstant();
    }

    /** A time on the day between the hours, in UK time. */
    Instant at(LocalDate day, int fromHour, int toHour) {
        int minutes = fromHour * 60 + random.nextInt(Math.max(1, (toHour - fromHour) * 60));
        return day.atTime(LocalTime.of(minutes / 60, minutes % 60)).atZone(DemoActivityGenerator.ZONE).toInstant();
    }

    /** Some working days after the instant, in office hours, never on or after the load date. */
    Instant later(Instant after, int minDays, int maxDays) {
        LocalDate day = after.atZone(DemoActivityGenerator.ZONE).toLocalDate();
        int days = minDays + random.nextInt(Math.max(1, maxDays - minDays + 1));
        for (int i = 0; i < days; i++) {
            day = day.plusDays(1);
            while (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY) {
                day = day.plusDays(1);
            }
        }
        Instant candidate = at(day, 9, 17);
        if (!candidate.isAfter(after)) {
            candidate = after.plus(1 + random.nextInt(120), ChronoUnit.MINUTES);
        }
        Instant limit = endInstant().minus(1, ChronoUnit.MINUTES);
        if (candidate.isAfter(limit)) {
            candidate = after.plus(Math.max(1, ChronoUnit.SECONDS.between(after, limit) / 2), ChronoUnit.SECONDS);
        }
        return candidate;
    }

    /** The day so many working days before the load date. */
    LocalDate workingDaysBeforeEnd(int workingDays) {
        LocalDate day = end;
        for (int i = 0; i < workingDays; i++) {
            day = day.minusDays(1);
            while (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY) {
                day = day.minusDays(1);
            }
        }
        return day;
    }
}
