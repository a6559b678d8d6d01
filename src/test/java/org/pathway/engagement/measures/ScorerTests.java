package org.pathway.engagement.measures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pathway.engagement.measures.TestMeasures.dec;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.pathway.engagement.measures.MeasureDefinition.Item;
import org.pathway.engagement.measures.Scorer.Incomplete;
import org.pathway.engagement.measures.Scorer.Score;
import org.pathway.engagement.measures.Scorer.Scored;

class ScorerTests {

    private static List<Score> scored(MeasureDefinition d, Map<String, Integer> answers) {
        return ((Scored) Scorer.score(d, answers)).scores();
    }

    @Test
    void everySwemwbsRawTotalConvertsToTheOfficialMetricScore() {
        MeasureDefinition swemwbs = TestMeasures.swemwbs();
        // Every raw total 7..35, reached by raising one item at a time from all-ones.
        for (int raw = 7; raw <= 35; raw++) {
            Map<String, Integer> answers = TestMeasures.all(swemwbs, 1);
            int extra = raw - 7;
            for (Item item : swemwbs.items()) {
                int add = Math.min(4, extra);
                answers.put(item.code(), 1 + add);
                extra -= add;
            }
            List<Score> scores = scored(swemwbs, answers);
            assertThat(scores).hasSize(1);
            assertThat(scores.get(0).key()).isEqualTo(Scorer.TOTAL);
            assertThat(scores.get(0).value()).as("raw %d", raw).isEqualTo(dec(TestMeasures.SWEMWBS_METRIC[raw - 7]));
        }
        assertThat(scored(swemwbs, TestMeasures.all(swemwbs, 3)).get(0).value()).isEqualTo(dec(19.25));
        assertThat(scored(swemwbs, TestMeasures.all(swemwbs, 5)).get(0).value()).isEqualTo(dec(35.00));
    }

    @ParameterizedTest(name = "ONS4 {0} = {1} is {2}")
    @CsvSource({
        "life,0,Low", "life,4,Low", "life,5,Medium", "life,6,Medium", "life,7,High", "life,8,High", "life,9,Very high",
        "life,10,Very high", "worthwhile,4,Low", "worthwhile,5,Medium", "happy,8,High", "happy,9,Very high",
        "anxious,0,Very low", "anxious,1,Very low", "anxious,2,Low", "anxious,3,Low", "anxious,4,Medium",
        "anxious,5,Medium", "anxious,6,High", "anxious,10,High"})
    void ons4ItemsAreEachReportedWithTheirBand(String item, int value, String band) {
        MeasureDefinition ons4 = TestMeasures.ons4();
        Map<String, Integer> answers = TestMeasures.all(ons4, 5);
        answers.put(item, value);
        List<Score> scores = scored(ons4, answers);
        assertThat(scores).extracting(Score::key).containsExactly("life", "worthwhile", "happy", "anxious");
        Score score = scores.stream().filter(s -> s.key().equals(item)).findFirst().orElseThrow();
        assertThat(score.value()).isEqualTo(dec(value));
        assertThat(score.band()).isEqualTo(band);
    }

    @Test
    void anxietyIsTheOneOns4ItemWhereLowerIsBetter() {
        MeasureDefinition ons4 = TestMeasures.ons4();
        assertThat(scored(ons4, TestMeasures.all(ons4, 5))).extracting(Score::higherIsBetter)
                .containsExactly(true, true, true, false);
    }

    @ParameterizedTest(name = "UCLA {0},{1},{2} totals {3}")
    @CsvSource({"1,1,1,3", "1,2,1,4", "2,2,2,6", "3,2,3,8", "3,3,3,9"})
    void uclaTotalsTheThreeItemsAndReportsTheOnsQuestionSeparately(int a, int b, int c, int total) {
        MeasureDefinition ucla = TestMeasures.ucla();
        List<Score> scores = scored(ucla, Map.of("companionship", a, "left-out", b, "isolated", c, "lonely", 2));
        assertThat(scores).extracting(Score::key).containsExactly(Scorer.TOTAL, "lonely");
        assertThat(scores.get(0).value()).isEqualTo(dec(total));
        assertThat(scores.get(0).higherIsBetter()).isFalse();
        assertThat(scores.get(1).value()).isEqualTo(dec(2));
        assertThat(scores.get(1).band()).isEqualTo("Some of the time");
    }

    @Test
    void anIncompleteQuestionnaireIsNotScoredAndSaysWhichItemsAreMissing() {
        MeasureDefinition swemwbs = TestMeasures.swemwbs();
        Map<String, Integer> answers = new HashMap<>(TestMeasures.all(swemwbs, 3));
        answers.remove("relaxed");
        answers.remove("close");
        answers.put("useful", 6);
        assertThat(Scorer.score(swemwbs, answers))
                .isEqualTo(new Incomplete(List.of("relaxed", "close"), List.of("useful")));
    }

    @Test
    void meanRuleAveragesToTwoDecimalPlacesAndBandsTheTotal() {
        Map<Integer, String> none = Map.of();
        MeasureDefinition custom = new MeasureDefinition(UUID.randomUUID(), "MEAN3", "Mean of three", null,
                ScoringRule.MEAN, "Mean", true, null, UUID.randomUUID(),
                List.of(new Item("a", "A", "A?", 1, 4, none, false, true), new Item("b", "B", "B?", 1, 4, none, false, true),
                        new Item("c", "C", "C?", 1, 4, none, false, true)),
                List.of(new MeasureDefinition.Band(null, dec(1), dec(2.49), "Low"),
                        new MeasureDefinition.Band(null, dec(2.5), dec(4), "Good")),
                Map.of());
        Map<String, Integer> answers = new LinkedHashMap<>(Map.of("a", 1, "b", 2, "c", 2));
        Score mean = scored(custom, answers).get(0);
        assertThat(mean.value()).isEqualTo(dec(1.67));
        assertThat(mean.band()).isEqualTo("Low");
        answers.put("b", 3);
        answers.put("c", 4); // 8 / 3 = 2.67
        assertThat(scored(custom, answers).get(0).band()).isEqualTo("Good");
    }
}
