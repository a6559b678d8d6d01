package org.pathway.workforce.pulse;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.pathway.workforce.Pulse;

/** Pulse periods: runs of whole weeks from the first Monday of 2020, the same for everyone in an organisation. */
class PulsePeriodTests {

    @Test
    void aPeriodStartsOnAMondayAndLastsTheOrganisationsNumberOfWeeks() {
        assertThat(Pulse.periodStart(LocalDate.of(2020, 1, 6), 4)).isEqualTo(LocalDate.of(2020, 1, 6));
        assertThat(Pulse.periodStart(LocalDate.of(2020, 2, 2), 4)).isEqualTo(LocalDate.of(2020, 1, 6));
        assertThat(Pulse.periodStart(LocalDate.of(2020, 2, 3), 4)).isEqualTo(LocalDate.of(2020, 2, 3));
        assertThat(Pulse.periodStart(LocalDate.of(2026, 12, 7), 1)).isEqualTo(LocalDate.of(2026, 12, 7));
        assertThat(Pulse.periodStart(LocalDate.of(2026, 12, 13), 1)).isEqualTo(LocalDate.of(2026, 12, 7));
    }

    @Test
    void daysBeforeTheFirstPeriodFallInTheOneBefore() {
        assertThat(Pulse.periodStart(LocalDate.of(2020, 1, 5), 2)).isEqualTo(LocalDate.of(2019, 12, 23));
    }
}
