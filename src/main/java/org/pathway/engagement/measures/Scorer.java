package org.pathway.engagement.measures;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.pathway.engagement.measures.MeasureDefinition.Item;

/** Scores a completed questionnaire by its definition's rule; an incomplete one is not scored at all. */
final class Scorer {

    /** The key of the total (or mean, or converted) score among a record's scores. */
    public static final String TOTAL = "total";

    private Scorer() {}

    /** The outcome of scoring: either scores, or the items still unanswered (or answered out of range). */
    public sealed interface Result permits Scored, Incomplete {}

    public record Scored(List<Score> scores) implements Result {}

    /** Items not answered, and items whose answer is outside the item's range, by item code. */
    public record Incomplete(List<String> missing, List<String> outOfRange) implements Result {}

    /**
     * One reported score: the total (key {@link #TOTAL}) or an item reported separately (key = item code).
     * {@code band} is the band's name, or the answer's label for an unbanded item; null when neither applies.
     */
    public record Score(String key, String label, BigDecimal value, String band, boolean higherIsBetter) {}

    public static Result score(MeasureDefinition definition, Map<String, Integer> answers) {
        List<String> missing = new ArrayList<>();
        List<String> outOfRange = new ArrayList<>();
        for (Item item : definition.items()) {
            Integer value = answers.get(item.code());
            if (value == null) {
                missing.add(item.code());
            } else if (value < item.min() || value > item.max()) {
                outOfRange.add(item.code());
            }
        }
        if (!missing.isEmpty() || !outOfRange.isEmpty()) {
            return new Incomplete(List.copyOf(missing), List.copyOf(outOfRange));
        }
        List<Score> scores = new ArrayList<>();
        List<Item> totalled = definition.rule() == ScoringRule.ITEMS ? List.of()
                : definition.items().stream().filter(i -> !i.separate()).toList();
        if (!totalled.isEmpty()) {
            int raw = totalled.stream().mapToInt(i -> answers.get(i.code())).sum();
            BigDecimal total = switch (definition.rule()) {
                case SUM -> BigDecimal.valueOf(raw).setScale(2, RoundingMode.UNNECESSARY);
                case MEAN -> BigDecimal.valueOf(raw).divide(BigDecimal.valueOf(totalled.size()), 2, RoundingMode.HALF_UP);
                case LOOKUP -> {
                    BigDecimal metric = definition.lookup().get(raw);
                    if (metric == null) {
                        throw new IllegalStateException("Measure " + definition.code() + " has no conversion for " + raw);
                    }
                    yield metric.setScale(2, RoundingMode.HALF_UP);
                }
                case ITEMS -> throw new IllegalStateException("unreachable");
            };
            scores.add(new Score(TOTAL, definition.totalLabel(), total, definition.band(null, total).orElse(null),
                    definition.totalHigherIsBetter()));
        }
        for (Item item : definition.items()) {
            if (item.separate() || definition.rule() == ScoringRule.ITEMS) {
                int answer = answers.get(item.code());
                BigDecimal value = BigDecimal.valueOf(answer).setScale(2, RoundingMode.UNNECESSARY);
                String band = definition.band(item.code(), value).orElse(item.answerLabel(answer));
                scores.add(new Score(item.code(), item.label(), value, band, item.higherIsBetter()));
            }
        }
        return new Scored(List.copyOf(scores));
    }
}
