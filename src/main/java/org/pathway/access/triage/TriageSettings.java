package org.pathway.access.triage;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.pathway.platform.UkTime;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * When a referral counts as unactioned: {@code pathway.triage.unactioned-working-days} (default 5) working days
 * still received, counting out weekends and {@code pathway.triage.bank-holidays} (ISO dates, comma-separated;
 * default the England and Wales bank holidays 2025 to 2027). Days are counted in UK time.
 */
@Component
class TriageSettings {

    private final int unactionedWorkingDays;
    private final WorkingDays workingDays;
    private final Clock clock;

    TriageSettings(@Value("${pathway.triage.unactioned-working-days:5}") int unactionedWorkingDays,
            @Value("${pathway.triage.bank-holidays:}") String bankHolidays, Clock clock) {
        if (unactionedWorkingDays < 1) {
            throw new IllegalArgumentException("pathway.triage.unactioned-working-days must be 1 or more");
        }
        this.unactionedWorkingDays = unactionedWorkingDays;
        List<LocalDate> holidays = bankHolidays.isBlank() ? WorkingDays.ENGLAND_AND_WALES_2025_TO_2027
                : Arrays.stream(bankHolidays.split(",")).map(String::strip).filter(s -> !s.isEmpty())
                        .map(LocalDate::parse).toList();
        this.workingDays = new WorkingDays(holidays);
        this.clock = clock;
    }

    int unactionedWorkingDays() {
        return unactionedWorkingDays;
    }

    WorkingDays workingDays() {
        return workingDays;
    }

    /** Today in UK time. */
    LocalDate today() {
        return UkTime.today(clock);
    }

    /** The day an instant fell on in UK time, or null. */
    static LocalDate day(Instant at) {
        return at == null ? null : UkTime.dayOf(at);
    }

    /** Working days from the day a referral was received to today. */
    int workingDaysWaiting(Instant receivedAt, LocalDate today) {
        return workingDays.between(day(receivedAt), today);
    }

    /** Referrals received before this instant and still not actioned are overdue. */
    Instant overdueBefore() {
        LocalDate cutoff = workingDays.minus(today(), unactionedWorkingDays);
        return UkTime.startOf(cutoff.plusDays(1));
    }
}
