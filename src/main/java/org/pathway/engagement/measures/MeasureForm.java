package org.pathway.engagement.measures;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.pathway.engagement.measures.MeasureDefinition.Band;
import org.pathway.engagement.measures.MeasureDefinition.Item;

/**
 * What a service manager types to define a measure their organisation holds a licence for. Everything is kept as
 * typed so the form can re-show it; {@link #check} turns it into a definition or into messages per field.
 *
 * @param bands one band per line, "low to high: label" (e.g. "3 to 5: not lonely"), of the total — or, when each
 *     answer is reported separately, of every item
 * @param conversion one line per raw total, "raw = reported score", for the conversion-table rule
 */
record MeasureForm(String code, String name, String description, String rule, String totalLabel,
        String higherIsBetter, String bands, String conversion, String licenceNotice, Boolean licenceHeld,
        List<ItemForm> items) {

    static final int MAX_ITEMS = 40;
    static final int MAX_RANGE = 100;
    static final int BLANK_ROWS = 5;

    /** One question; blank rows are ignored. {@code answers}: one "value = label" a line (optional). */
    record ItemForm(String label, String wording, String min, String max, String answers, Boolean separate,
            Boolean lowerIsBetter) {

        static ItemForm blank() {
            return new ItemForm(null, null, null, null, null, false, false);
        }

        boolean isBlank() {
            return MeasureForm.blank(label) && MeasureForm.blank(wording) && MeasureForm.blank(min)
                    && MeasureForm.blank(max) && MeasureForm.blank(answers);
        }
    }

    static MeasureForm blank() {
        List<ItemForm> rows = new ArrayList<>();
        for (int i = 0; i < BLANK_ROWS; i++) {
            rows.add(ItemForm.blank());
        }
        return new MeasureForm(null, null, null, "SUM", null, "true", null, null, null, false, rows);
    }

    MeasureForm {
        items = items == null ? new ArrayList<>() : new ArrayList<>(items);
    }

    /** The same form with one more blank item row. */
    MeasureForm withAnotherRow() {
        List<ItemForm> rows = new ArrayList<>(items);
        rows.add(ItemForm.blank());
        return new MeasureForm(code, name, description, rule, totalLabel, higherIsBetter, bands, conversion,
                licenceNotice, licenceHeld, rows);
    }

    /** The definition, or the problems by field name (form field paths such as {@code items[2].max}). */
    sealed interface Checked permits Valid, Invalid {}

    record Valid(MeasureDefinition definition) implements Checked {}

    record Invalid(Map<String, String> problems) implements Checked {}

    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9-]{1,19}");
    private static final Pattern BAND = Pattern.compile("\\s*(-?\\d+(?:\\.\\d+)?)\\s*(?:to|-|–)\\s*(-?\\d+(?:\\.\\d+)?)\\s*:\\s*(.+?)\\s*");
    private static final Pattern PAIR = Pattern.compile("\\s*(-?\\d+(?:\\.\\d+)?)\\s*=\\s*(.+?)\\s*");

    Checked check(UUID organisationId) {
        Map<String, String> problems = new LinkedHashMap<>();
        if (blank(code) || !CODE.matcher(code.trim()).matches()) {
            problems.put("code", "Enter a short code of 2 to 20 letters, numbers or hyphens, like WEMWBS or MYCAW");
        }
        if (blank(name)) {
            problems.put("name", "Enter the name of the measure");
        } else if (name.trim().length() > 200) {
            problems.put("name", "Name must be 200 characters or fewer");
        }
        ScoringRule scoring = null;
        try {
            scoring = ScoringRule.valueOf(rule == null ? "" : rule);
        } catch (IllegalArgumentException unknown) {
            problems.put("rule", "Choose how the answers are scored");
        }
        if (scoring != null && scoring != ScoringRule.ITEMS && blank(totalLabel)) {
            problems.put("totalLabel", "Enter what the score is called, like \"Wellbeing total\"");
        }
        if (!Boolean.TRUE.equals(licenceHeld)) {
            problems.put("licenceHeld", "Confirm that your organisation holds a licence to use this measure, or that it needs none");
        }
        List<Item> parsed = new ArrayList<>();
        int count = 0;
        for (int i = 0; i < items.size(); i++) {
            ItemForm row = items.get(i);
            if (row == null || row.isBlank()) {
                continue;
            }
            count++;
            String at = "items[" + i + "].";
            if (blank(row.label())) {
                problems.put(at + "label", "Enter a short label for question " + (i + 1));
            }
            if (blank(row.wording())) {
                problems.put(at + "wording", "Enter the wording of question " + (i + 1));
            }
            Integer min = integer(row.min());
            Integer max = integer(row.max());
            if (min == null) {
                problems.put(at + "min", "Enter the lowest answer of question " + (i + 1) + " as a whole number");
            }
            if (max == null) {
                problems.put(at + "max", "Enter the highest answer of question " + (i + 1) + " as a whole number");
            }
            if (min != null && max != null) {
                if (max <= min) {
                    problems.put(at + "max", "The highest answer of question " + (i + 1) + " must be more than the lowest");
                } else if (max - min > MAX_RANGE) {
                    problems.put(at + "max", "Question " + (i + 1) + " may have at most " + (MAX_RANGE + 1) + " possible answers");
                }
            }
            Map<Integer, String> answers = new LinkedHashMap<>();
            if (!blank(row.answers())) {
                for (String line : row.answers().split("\\R")) {
                    if (line.isBlank()) {
                        continue;
                    }
                    Matcher m = PAIR.matcher(line);
                    Integer value = m.matches() ? integer(m.group(1)) : null;
                    if (value == null) {
                        problems.put(at + "answers", "Write each answer of question " + (i + 1) + " as \"value = label\", like \"1 = Never\"");
                        break;
                    }
                    if (min != null && max != null && (value < min || value > max)) {
                        problems.put(at + "answers", "Answer " + value + " of question " + (i + 1) + " is outside its range " + min + " to " + max);
                        break;
                    }
                    answers.put(value, m.group(2));
                }
            }
            parsed.add(new Item(slug(row.label(), i), trim(row.label()), trim(row.wording()), min == null ? 0 : min,
                    max == null ? 1 : max, answers, Boolean.TRUE.equals(row.separate()),
                    !Boolean.TRUE.equals(row.lowerIsBetter())));
        }
        if (count == 0) {
            problems.put("items", "Add at least one question");
        } else if (count > MAX_ITEMS) {
            problems.put("items", "A measure may have at most " + MAX_ITEMS + " questions");
        }
        if (scoring != null && scoring != ScoringRule.ITEMS && count > 0
                && parsed.stream().allMatch(Item::separate)) {
            problems.put("rule", "At least one question must count towards the score, or choose \"each answer reported separately\"");
        }

        List<Band> bandList = new ArrayList<>();
        if (!blank(bands)) {
            for (String line : bands.split("\\R")) {
                if (line.isBlank()) {
                    continue;
                }
                Matcher m = BAND.matcher(line);
                if (!m.matches()) {
                    problems.put("bands", "Write each band as \"low to high: name\", like \"3 to 5: not lonely\"");
                    break;
                }
                BigDecimal low = new BigDecimal(m.group(1));
                BigDecimal high = new BigDecimal(m.group(2));
                if (high.compareTo(low) < 0) {
                    problems.put("bands", "In band \"" + line.trim() + "\" the low end is above the high end");
                    break;
                }
                if (scoring == ScoringRule.ITEMS) {
                    parsed.forEach(item -> bandList.add(new Band(item.code(), low, high, m.group(3))));
                } else {
                    bandList.add(new Band(null, low, high, m.group(3)));
                }
            }
        }

        Map<Integer, BigDecimal> lookup = new LinkedHashMap<>();
        if (scoring == ScoringRule.LOOKUP && problems.keySet().stream().noneMatch(k -> k.startsWith("items"))) {
            int lowest = parsed.stream().filter(i -> !i.separate()).mapToInt(Item::min).sum();
            int highest = parsed.stream().filter(i -> !i.separate()).mapToInt(Item::max).sum();
            if (!blank(conversion)) {
                for (String line : conversion.split("\\R")) {
                    if (line.isBlank()) {
                        continue;
                    }
                    Matcher m = PAIR.matcher(line);
                    Integer raw = m.matches() ? integer(m.group(1)) : null;
                    BigDecimal metric = raw == null ? null : decimal(m.group(2));
                    if (metric == null) {
                        problems.put("conversion", "Write each line of the table as \"raw = score\", like \"7 = 7.00\"");
                        break;
                    }
                    lookup.put(raw, metric);
                }
            }
            if (!problems.containsKey("conversion")) {
                List<Integer> missing = new ArrayList<>();
                for (int raw = lowest; raw <= highest; raw++) {
                    if (!lookup.containsKey(raw)) {
                        missing.add(raw);
                    }
                }
                if (!missing.isEmpty()) {
                    problems.put("conversion", "The table must give a score for every possible total from " + lowest
                            + " to " + highest + ": missing " + summarise(missing));
                }
            }
        }
        if (!problems.isEmpty()) {
            return new Invalid(problems);
        }
        return new Valid(new MeasureDefinition(UUID.randomUUID(), code.trim().toUpperCase(Locale.ROOT), trim(name),
                trim(description), scoring, scoring == ScoringRule.ITEMS ? null : trim(totalLabel),
                !"false".equals(higherIsBetter), trim(licenceNotice), organisationId, parsed, bandList,
                scoring == ScoringRule.LOOKUP ? lookup : Map.of()));
    }

    private static String summarise(List<Integer> values) {
        List<String> shown = values.stream().limit(8).map(String::valueOf).toList();
        return String.join(", ", shown) + (values.size() > 8 ? " and " + (values.size() - 8) + " more" : "");
    }

    private static String slug(String label, int index) {
        String s = label == null ? "" : label.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        return "q" + (index + 1) + (s.isEmpty() ? "" : "-" + (s.length() > 20 ? s.substring(0, 20) : s));
    }

    static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static String trim(String s) {
        return blank(s) ? null : s.trim();
    }

    private static Integer integer(String s) {
        try {
            return blank(s) ? null : Integer.valueOf(s.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static BigDecimal decimal(String s) {
        try {
            return new BigDecimal(s.trim()).setScale(2, java.math.RoundingMode.HALF_UP);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
