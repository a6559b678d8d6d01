package org.pathway.engagement.measures;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.pathway.engagement.measures.MeasureDefinition.Band;
import org.pathway.engagement.measures.MeasureDefinition.Item;

/** The three national measures as their publishers define them, independently of the migration that seeds them. */
final class TestMeasures {

    static final double[] SWEMWBS_METRIC = {7.00, 9.51, 11.25, 12.40, 13.33, 14.08, 14.75, 15.32, 15.84, 16.36, 16.88,
        17.43, 17.98, 18.59, 19.25, 19.98, 20.73, 21.54, 22.35, 23.21, 24.11, 25.03, 26.02, 27.03, 28.13, 29.31, 30.70,
        32.55, 35.00};

    private TestMeasures() {}

    static BigDecimal dec(double value) {
        return BigDecimal.valueOf(value).setScale(2, java.math.RoundingMode.HALF_UP);
    }

    static MeasureDefinition ons4() {
        Map<Integer, String> ends = Map.of(0, "Not at all", 10, "Completely");
        List<Item> items = List.of(
                new Item("life", "Life satisfaction", "Overall, how satisfied are you with your life nowadays?", 0, 10, ends, true, true),
                new Item("worthwhile", "Worthwhile", "Overall, to what extent do you feel that the things you do in your life are worthwhile?", 0, 10, ends, true, true),
                new Item("happy", "Happiness", "Overall, how happy did you feel yesterday?", 0, 10, ends, true, true),
                new Item("anxious", "Anxiety", "On a scale where 0 is \"not at all anxious\" and 10 is \"completely anxious\", overall, how anxious did you feel yesterday?", 0, 10, ends, true, false));
        List<Band> bands = new ArrayList<>();
        for (String code : List.of("happy", "life", "worthwhile")) {
            bands.add(new Band(code, dec(0), dec(4), "Low"));
            bands.add(new Band(code, dec(5), dec(6), "Medium"));
            bands.add(new Band(code, dec(7), dec(8), "High"));
            bands.add(new Band(code, dec(9), dec(10), "Very high"));
        }
        bands.add(0, new Band("anxious", dec(6), dec(10), "High"));
        bands.add(0, new Band("anxious", dec(4), dec(5), "Medium"));
        bands.add(0, new Band("anxious", dec(2), dec(3), "Low"));
        bands.add(0, new Band("anxious", dec(0), dec(1), "Very low"));
        return new MeasureDefinition(UUID.randomUUID(), "ONS4", "ONS4 personal wellbeing", null, ScoringRule.ITEMS, null,
                true, null, null, items, bands, Map.of());
    }

    static MeasureDefinition swemwbs() {
        Map<Integer, String> answers = Map.of(1, "None of the time", 2, "Rarely", 3, "Some of the time", 4, "Often", 5,
                "All of the time");
        List<Item> items = List.of(
                new Item("optimistic", "Optimistic", "I've been feeling optimistic about the future", 1, 5, answers, false, true),
                new Item("useful", "Useful", "I've been feeling useful", 1, 5, answers, false, true),
                new Item("relaxed", "Relaxed", "I've been feeling relaxed", 1, 5, answers, false, true),
                new Item("problems", "Dealing with problems", "I've been dealing with problems well", 1, 5, answers, false, true),
                new Item("clearly", "Thinking clearly", "I've been thinking clearly", 1, 5, answers, false, true),
                new Item("close", "Close to others", "I've been feeling close to other people", 1, 5, answers, false, true),
                new Item("own-mind", "Own mind", "I've been able to make up my own mind about things", 1, 5, answers, false, true));
        Map<Integer, BigDecimal> lookup = new LinkedHashMap<>();
        for (int raw = 7; raw <= 35; raw++) {
            lookup.put(raw, dec(SWEMWBS_METRIC[raw - 7]));
        }
        return new MeasureDefinition(UUID.randomUUID(), "SWEMWBS", "SWEMWBS", null, ScoringRule.LOOKUP,
                "SWEMWBS metric score", true, "licence", null, items, List.of(), lookup);
    }

    static MeasureDefinition ucla() {
        Map<Integer, String> answers = Map.of(1, "Hardly ever", 2, "Some of the time", 3, "Often");
        List<Item> items = List.of(
                new Item("companionship", "Lack companionship", "How often do you feel that you lack companionship?", 1, 3, answers, false, false),
                new Item("left-out", "Left out", "How often do you feel left out?", 1, 3, answers, false, false),
                new Item("isolated", "Isolated", "How often do you feel isolated from others?", 1, 3, answers, false, false),
                new Item("lonely", "How often lonely (ONS)", "How often do you feel lonely?", 1, 5, Map.of(1, "Often or always",
                        2, "Some of the time", 3, "Occasionally", 4, "Hardly ever", 5, "Never"), true, true));
        return new MeasureDefinition(UUID.randomUUID(), "UCLA3", "UCLA", null, ScoringRule.SUM, "UCLA loneliness total",
                false, null, null, items, List.of(), Map.of());
    }

    /** Answers for every item of a measure, each the given value. */
    static Map<String, Integer> all(MeasureDefinition definition, int value) {
        Map<String, Integer> answers = new LinkedHashMap<>();
        definition.items().forEach(i -> answers.put(i.code(), value));
        return answers;
    }
}
