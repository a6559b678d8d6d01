package org.pathway.engagement.measures;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * An outcome measure as data: its items, how they are scored, the bands scores fall into and the licence notice
 * shown with it. National measures have no organisation; a service manager's own measures belong to their
 * organisation and are offered on its services' cases only.
 *
 * @param totalLabel what the total (or mean, or metric) score is called, e.g. "SWEMWBS metric score"
 * @param totalHigherIsBetter whether a rise in the total is an improvement
 * @param lookup raw total → reported score, for {@link ScoringRule#LOOKUP}
 * @param bands bands of the total ({@code itemCode} null) and of items reported separately
 */
record MeasureDefinition(UUID id, String code, String name, String description, ScoringRule rule,
        String totalLabel, boolean totalHigherIsBetter, String licenceNotice, UUID organisationId,
        List<Item> items, List<Band> bands, Map<Integer, BigDecimal> lookup) {

    public MeasureDefinition {
        items = List.copyOf(items);
        bands = List.copyOf(bands);
        lookup = Map.copyOf(lookup);
    }

    /**
     * One question, with a short label for charts and tables. {@code answers} labels each allowed value (may be empty: the range alone is shown);
     * {@code separate} items are reported on their own and left out of the total.
     */
    public record Item(String code, String label, String wording, int min, int max, Map<Integer, String> answers, boolean separate,
            boolean higherIsBetter) {

        public Item {
            answers = Map.copyOf(answers);
        }

        public String answerLabel(int value) {
            return answers.getOrDefault(value, null);
        }

        public List<Integer> values() {
            return java.util.stream.IntStream.rangeClosed(min, max).boxed().toList();
        }
    }

    /** A named range of a score, inclusive at both ends; {@code itemCode} null bands the total. */
    public record Band(String itemCode, BigDecimal low, BigDecimal high, String label) {

        boolean contains(BigDecimal value) {
            return value.compareTo(low) >= 0 && value.compareTo(high) <= 0;
        }
    }

    public Optional<Item> item(String itemCode) {
        return items.stream().filter(i -> i.code().equals(itemCode)).findFirst();
    }

    /** The raw totals of the conversion table, lowest first. */
    public List<Integer> conversionRaws() {
        return lookup.keySet().stream().sorted().toList();
    }

    public boolean national() {
        return organisationId == null;
    }

    /** The band this score falls in, if the measure bands it. */
    public Optional<String> band(String itemCode, BigDecimal value) {
        return bands.stream()
                .filter(b -> java.util.Objects.equals(b.itemCode(), itemCode) && b.contains(value))
                .map(Band::label).findFirst();
    }

    /** The lowest and highest a score can be: a chart's axis spans this, whatever was recorded. */
    public record Range(BigDecimal min, BigDecimal max) {}

    /**
     * The range of a score ({@link Scorer#TOTAL} or an item code): an item's answers; a sum of its items' ranges; a
     * mean within them; a conversion table's lowest and highest scores. Empty for a key the measure does not have.
     */
    public Optional<Range> range(String key) {
        if (!Scorer.TOTAL.equals(key)) {
            return item(key).map(i -> new Range(BigDecimal.valueOf(i.min()), BigDecimal.valueOf(i.max())));
        }
        List<Item> totalled = items.stream().filter(i -> !i.separate()).toList();
        if (rule == ScoringRule.ITEMS || totalled.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(switch (rule) {
            case SUM -> new Range(BigDecimal.valueOf(totalled.stream().mapToInt(Item::min).sum()),
                    BigDecimal.valueOf(totalled.stream().mapToInt(Item::max).sum()));
            case MEAN -> new Range(BigDecimal.valueOf(totalled.stream().mapToInt(Item::min).min().orElseThrow()),
                    BigDecimal.valueOf(totalled.stream().mapToInt(Item::max).max().orElseThrow()));
            case LOOKUP -> new Range(lookup.values().stream().min(BigDecimal::compareTo).orElseThrow(),
                    lookup.values().stream().max(BigDecimal::compareTo).orElseThrow());
            case ITEMS -> throw new IllegalStateException("unreachable");
        });
    }

    /**
     * How many decimals a score shows: answers and sums are whole numbers; a mean or a converted (metric) score keeps
     * two.
     */
    public int decimals(String key) {
        return Scorer.TOTAL.equals(key) && (rule == ScoringRule.MEAN || rule == ScoringRule.LOOKUP) ? 2 : 0;
    }

    /** A score as people read it: "6", "-2", "19.98". */
    public String format(String key, BigDecimal value) {
        return value.setScale(decimals(key), java.math.RoundingMode.HALF_UP).toPlainString();
    }
}
