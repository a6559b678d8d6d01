package org.pathway.workforce.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.pathway.workforce.Training.Completion;
import org.pathway.workforce.Training.Course;
import org.pathway.workforce.Training.State;

/** Where a practitioner stands on one mandatory course, at the edges of expiry. */
class TrainingRequirementTests {

    static final LocalDate TODAY = LocalDate.of(2026, 12, 7);
    static final Course COURSE = new Course(UUID.randomUUID(), "Safeguarding adults level 2", null);

    static Completion done(LocalDate on, LocalDate expires) {
        return new Completion(UUID.randomUUID(), COURSE, on, expires, "manager");
    }

    static State state(Integer renewalMonths, Completion latest) {
        return TrainingQueries.requirement(COURSE, renewalMonths, List.of("Test Connect"), latest, TODAY).state();
    }

    @Test
    void notDoneIsMissing() {
        assertThat(state(36, null)).isEqualTo(State.MISSING);
    }

    @Test
    void aCompletionExpiresOnItsExpiryDateAndIsFlaggedSixtyDaysBefore() {
        assertThat(state(null, done(TODAY.minusYears(2), TODAY))).isEqualTo(State.EXPIRED);
        assertThat(state(null, done(TODAY.minusYears(2), TODAY.plusDays(1)))).isEqualTo(State.EXPIRING);
        assertThat(state(null, done(TODAY.minusYears(2), TODAY.plusDays(60)))).isEqualTo(State.EXPIRING);
        assertThat(state(null, done(TODAY.minusYears(2), TODAY.plusDays(61)))).isEqualTo(State.CURRENT);
    }

    @Test
    void withoutItsOwnExpiryTheRenewalPeriodDecides() {
        assertThat(state(12, done(TODAY.minusMonths(13), null))).isEqualTo(State.EXPIRED);
        var requirement = TrainingQueries.requirement(COURSE, 36, List.of(), done(TODAY.minusMonths(35), null), TODAY);
        assertThat(requirement.state()).isEqualTo(State.EXPIRING);
        assertThat(requirement.expiresOn()).isEqualTo(LocalDate.of(2027, 1, 7));
        assertThat(state(null, done(TODAY.minusYears(10), null))).isEqualTo(State.CURRENT);
    }
}
