package org.pathway.engagement.measures;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.pathway.engagement.measures.CaseMeasures.Change;
import org.pathway.engagement.measures.CaseMeasures.Chart;
import org.pathway.engagement.measures.CaseMeasures.History;

/** A measure's history as the case page shows it: the order taken, the change from baseline, the charts' axes. */
class MeasureHistoryTests {

    static final LocalDate DAY = LocalDate.of(2026, 12, 7);

    static Recorded taken(MeasureDefinition d, Occasion occasion, LocalDate on, Map<String, Integer> answers) {
        return new Recorded(UUID.randomUUID(), d.id(), occasion, on, "linkworker",
                ((Scorer.Scored) Scorer.score(d, answers)).scores());
    }

    static Map<String, Integer> ons4(int life, int anxious) {
        return Map.of("life", life, "worthwhile", 6, "happy", 6, "anxious", anxious);
    }

    @Test
    void measuresTakenOnOneDayAreInBaselineReviewClosureOrderWhateverTheOrderEntered() {
        MeasureDefinition d = TestMeasures.ons4();
        // Entered as the issue found them: the review first, then the baseline, then the closure, all the same day.
        List<Recorded> entered = List.of(taken(d, Occasion.REVIEW, DAY, ons4(5, 5)),
                taken(d, Occasion.BASELINE, DAY, ons4(3, 8)), taken(d, Occasion.CLOSURE, DAY, ons4(8, 2)));

        History h = CaseMeasures.history(d, entered);

        assertThat(h.records()).extracting(Recorded::occasion)
                .containsExactly(Occasion.BASELINE, Occasion.REVIEW, Occasion.CLOSURE);
        Change life = h.changes().stream().filter(c -> c.label().equals("Life satisfaction")).findFirst().orElseThrow();
        assertThat(life.baselineText()).isEqualTo("3");
        assertThat(life.latestText()).isEqualTo("8");
        assertThat(life.signedDifference()).isEqualTo("+5");
        assertThat(life.direction()).isEqualTo("Better");
        Change anxiety = h.changes().stream().filter(c -> c.label().equals("Anxiety")).findFirst().orElseThrow();
        assertThat(anxiety.signedDifference()).isEqualTo("-6");
        assertThat(anxiety.direction()).isEqualTo("Better");
    }

    @Test
    void aReviewEnteredBeforeItsBaselineStillShowsTheChangeFromTheBaseline() {
        MeasureDefinition d = TestMeasures.ons4();
        List<Recorded> entered = List.of(taken(d, Occasion.REVIEW, DAY.plusWeeks(6), ons4(6, 4)),
                taken(d, Occasion.BASELINE, DAY, ons4(3, 8)));

        History h = CaseMeasures.history(d, entered);

        assertThat(h.changes()).extracting(Change::label, Change::baseline, Change::latest).contains(
                org.assertj.core.groups.Tuple.tuple("Life satisfaction", new BigDecimal("3.00"), new BigDecimal("6.00")),
                org.assertj.core.groups.Tuple.tuple("Anxiety", new BigDecimal("8.00"), new BigDecimal("4.00")));
        assertThat(h.changes()).allSatisfy(c -> assertThat(c.baselineOn()).isEqualTo(DAY));
    }

    @Test
    void scoresThatRunOppositeWaysAreChartedApartOnTheirFullRange() {
        MeasureDefinition d = TestMeasures.ons4();
        History h = CaseMeasures.history(d, List.of(taken(d, Occasion.CLOSURE, DAY.plusDays(90), ons4(8, 2)),
                taken(d, Occasion.BASELINE, DAY, ons4(3, 8))));

        assertThat(h.charts()).extracting(Chart::heading).containsExactly(
                "Life satisfaction, Worthwhile, Happiness: higher scores are better", "Anxiety: lower scores are better");
        String higher = h.charts().get(0).json();
        assertThat(higher).contains("\"min\":0,\"max\":10").contains("\"decimals\":0")
                .contains("\"labels\":[\"7 Dec 2026 (Baseline)\",\"7 Mar 2027 (Closure)\"]")
                .contains("{\"label\":\"Life satisfaction\",\"data\":[3,8]}").doesNotContain("Anxiety");
        assertThat(h.charts().get(1).json()).contains("\"better\":\"lower\"").contains("\"min\":0,\"max\":10")
                .contains("{\"label\":\"Anxiety\",\"data\":[8,2]}");
    }

    @Test
    void eachNationalMeasureIsChartedOverItsOwnRangeWithDecimalsOnlyWhereTheScoreHasThem() {
        MeasureDefinition swemwbs = TestMeasures.swemwbs();
        History s = CaseMeasures.history(swemwbs, List.of(taken(swemwbs, Occasion.BASELINE, DAY,
                TestMeasures.all(swemwbs, 2))));
        assertThat(s.charts()).singleElement().satisfies(c -> assertThat(c.json())
                .contains("\"min\":7,\"max\":35").contains("\"decimals\":2").contains("\"data\":[15.32]"));
        assertThat(s.format(s.records().get(0).scores().get(0))).isEqualTo("15.32");

        MeasureDefinition ucla = TestMeasures.ucla();
        History u = CaseMeasures.history(ucla, List.of(taken(ucla, Occasion.BASELINE, DAY, TestMeasures.all(ucla, 2))));
        assertThat(u.charts()).extracting(Chart::higherIsBetter).containsExactly(true, false);
        assertThat(u.charts().get(1).json()).contains("\"min\":3,\"max\":9").contains("\"data\":[6]");
        assertThat(u.charts().get(0).json()).contains("\"min\":1,\"max\":5");
    }
}
