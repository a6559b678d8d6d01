package org.pathway.workforce;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Decision 0019's cap: FTE times the lowest cap per FTE of the practitioner's services, rounded down. */
class CaseloadCapTests {

    @Test
    void thePractitionersStrictestServiceSetsTheCapRoundedDownToWholeCases() {
        assertThat(CaseloadCap.of(BigDecimal.ONE, List.of(40, 30))).isEqualTo(30);
        assertThat(CaseloadCap.of(new BigDecimal("0.6"), List.of(40))).isEqualTo(24);
        assertThat(CaseloadCap.of(new BigDecimal("0.75"), List.of(30))).isEqualTo(22);
        assertThat(CaseloadCap.of(new BigDecimal("0.1"), List.of(30))).isEqualTo(3);
    }

    @Test
    void noServiceMeansNoCap() {
        assertThat(CaseloadCap.of(BigDecimal.ONE, List.of())).isNull();
        assertThat(CaseloadCap.of(BigDecimal.ONE, Arrays.asList((Integer) null))).isNull();
        assertThat(CaseloadCap.oneMoreWouldPass(100, null)).isFalse();
    }

    @Test
    void oneMoreCaseAtTheCapWouldPassItAndOnlyAboveItIsOver() {
        assertThat(CaseloadCap.oneMoreWouldPass(29, 30)).isFalse();
        assertThat(CaseloadCap.oneMoreWouldPass(30, 30)).isTrue();
        assertThat(CaseloadCap.over(30, 30)).isFalse();
        assertThat(CaseloadCap.over(31, 30)).isTrue();
    }
}
