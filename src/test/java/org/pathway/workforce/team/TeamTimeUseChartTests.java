package org.pathway.workforce.team;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.pathway.workforce.TimeUse.TeamMonth;

/** The team page's time-use chart gives each kind of other work as a share of all the hours recorded in the month. */
class TeamTimeUseChartTests {

    @Test
    void eachKindIsAShareOfTheMonthsHours() {
        TeamMonth november = new TeamMonth(LocalDate.of(2026, 11, 1), 3, new BigDecimal("30"), new BigDecimal("3"),
                new BigDecimal("0.6"), new BigDecimal("2"), BigDecimal.ZERO, new BigDecimal("1"));
        assertThat(november.otherPercent()).isEqualTo(18); // 6.6 of 36.6
        assertThat(TeamController.timeUseJson(List.of(november))).isEqualTo("{\"axis\":\"Share of the team's recorded "
                + "hours (%)\",\"stacked\":true,\"labels\":[\"Nov 2026\"],\"datasets\":["
                + "{\"label\":\"Welfare calls (typed)\",\"data\":[8.2]},"
                + "{\"label\":\"Welfare calls in Pathway\",\"data\":[1.6]},"
                + "{\"label\":\"Practice admin\",\"data\":[5.5]},"
                + "{\"label\":\"Emergency response\",\"data\":[0.0]},"
                + "{\"label\":\"Training\",\"data\":[2.7]}]}");
    }
}
