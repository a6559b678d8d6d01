package org.pathway.engagement.measures;

import org.pathway.platform.UkDates;
import org.pathway.platform.web.Json;
import org.pathway.platform.UkTime;
import org.pathway.platform.NotFound;
import org.pathway.engagement.Cases;
import org.pathway.engagement.CaseSummary;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.pathway.engagement.MeasureEvents.MeasureRecorded;
import org.pathway.engagement.MeasureEvents.RecordedScore;
import org.pathway.engagement.measures.Scorer.Score;
import org.pathway.governance.AuditLog;
import org.pathway.governance.PathwayUser;
import org.pathway.platform.Refusal;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Outcome measures on a case: the history of every score with its change from baseline, and recording a
 * questionnaire (scored only when complete). Scoped by {@link Cases#requireVisible}: a case out of scope is not found.
 */
@Service
class CaseMeasures implements ClosingMeasures {


    private final Cases cases;
    private final MeasureCatalogue catalogue;
    private final MeasureRecordRepository records;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    CaseMeasures(Cases cases, MeasureCatalogue catalogue, MeasureRecordRepository records, AuditLog audit,
            ApplicationEventPublisher events, Clock clock) {
        this.cases = cases;
        this.catalogue = catalogue;
        this.records = records;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /** One score's baseline and latest values, and whether the change is for the better. */
    public record Change(String label, BigDecimal baseline, LocalDate baselineOn, BigDecimal latest, LocalDate latestOn,
            String bandFrom, String bandTo, boolean higherIsBetter, int decimals) {

        public BigDecimal difference() {
            return latest.subtract(baseline);
        }

        /** "+2", "-1", "0", or with two decimals for a score that has them ("+2.50"). */
        public String signedDifference() {
            BigDecimal d = difference();
            return (d.signum() > 0 ? "+" : "") + text(d);
        }

        public String baselineText() {
            return text(baseline);
        }

        public String latestText() {
            return text(latest);
        }

        private String text(BigDecimal value) {
            return value.setScale(decimals, java.math.RoundingMode.HALF_UP).toPlainString();
        }

        public String direction() {
            int sign = difference().signum() * (higherIsBetter ? 1 : -1);
            return sign > 0 ? "Better" : sign < 0 ? "Worse" : "No change";
        }

        public boolean bandChanged() {
            return bandFrom != null && bandTo != null && !bandFrom.equals(bandTo);
        }
    }

    /**
     * One chart of a measure: the scores that run the same way (higher is better, or lower is better), so scores in
     * opposite directions never share an axis. {@code json} is the data measures-chart.js draws.
     */
    public record Chart(String heading, boolean higherIsBetter, String json) {}

    /** Everything recorded for one measure on the case, in the order taken (date, then baseline-review-closure). */
    public record History(MeasureDefinition definition, List<Recorded> records, List<String> scoreKeys,
            List<String> scoreLabels, List<Change> changes, List<Chart> charts) {

        public boolean hasBaseline() {
            return records.stream().anyMatch(r -> r.occasion() == Occasion.BASELINE);
        }

        public boolean hasClosure() {
            return records.stream().anyMatch(r -> r.occasion() == Occasion.CLOSURE);
        }

        /** A recorded score as people read it: whole numbers without decimals. */
        public String format(Scorer.Score score) {
            return definition.format(score.key(), score.value());
        }
    }

    public record Overview(CaseSummary header, List<History> histories, List<MeasureDefinition> notYetRecorded) {}

    /** The measures page: every measure recorded on the case over time, and those not yet recorded. */
    @PreAuthorize(Cases.WORK)
    @Transactional(readOnly = true)
    public Overview overview(UUID caseId, PathwayUser user) {
        CaseSummary header = cases.requireVisible(caseId, user);
        List<MeasureDefinition> available = catalogue.availableTo(header.organisationId());
        Map<UUID, List<Recorded>> byMeasure = new LinkedHashMap<>();
        records.ofCase(caseId).forEach(r -> byMeasure.computeIfAbsent(r.definitionId(), k -> new ArrayList<>()).add(r));
        List<History> histories = new ArrayList<>();
        List<MeasureDefinition> notYet = new ArrayList<>();
        for (MeasureDefinition d : available) {
            List<Recorded> recorded = byMeasure.remove(d.id());
            if (recorded == null) {
                notYet.add(d);
            } else {
                histories.add(history(d, recorded));
            }
        }
        // A measure recorded under a definition no longer offered (e.g. retired) still shows.
        byMeasure.forEach((id, recorded) -> catalogue.find(id).ifPresent(d -> histories.add(history(d, recorded))));
        return new Overview(header, histories, notYet);
    }

    @Override
    @PreAuthorize(Cases.WORK)
    @Transactional(readOnly = true)
    public List<Baselined> baselined(UUID caseId, PathwayUser user) {
        return overview(caseId, user).histories().stream().filter(History::hasBaseline)
                .map(h -> new Baselined(h.definition().id(), h.definition().name(), h.hasClosure())).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public List<String> changes(UUID caseId) {
        Map<UUID, List<Recorded>> byMeasure = new LinkedHashMap<>();
        records.ofCase(caseId).forEach(r -> byMeasure.computeIfAbsent(r.definitionId(), k -> new ArrayList<>()).add(r));
        List<String> changes = new ArrayList<>();
        byMeasure.forEach((id, recorded) -> catalogue.find(id).map(d -> history(d, recorded)).ifPresent(h -> h.changes()
                .forEach(c -> changes.add(h.definition().name() + ", " + c.label() + ": " + c.baselineText() + " to "
                        + c.latestText() + " (" + c.signedDifference() + ", " + c.direction().toLowerCase()
                        + (c.bandChanged() ? ", " + c.bandFrom() + " to " + c.bandTo() : "") + ")"))));
        return changes;
    }

    /** The order measures were taken: by date, and on one day baseline before review before closure. */
    static final Comparator<Recorded> TAKEN = Comparator.comparing(Recorded::takenOn)
            .thenComparing(r -> r.occasion().ordinal());

    static History history(MeasureDefinition d, List<Recorded> entered) {
        List<Recorded> recorded = entered.stream().sorted(TAKEN).toList();
        List<String> keys = new ArrayList<>();
        Map<String, Score> first = new LinkedHashMap<>();
        for (Recorded r : recorded) {
            for (Score s : r.scores()) {
                if (!keys.contains(s.key())) {
                    keys.add(s.key());
                    first.put(s.key(), s);
                }
            }
        }
        List<String> labels = keys.stream().map(k -> first.get(k).label()).toList();
        Recorded baseline = recorded.stream().filter(r -> r.occasion() == Occasion.BASELINE).findFirst()
                .orElse(recorded.get(0));
        // The latest other record: the change is always from the baseline, whatever order they were entered in.
        Recorded latest = recorded.stream().filter(r -> r != baseline).reduce((a, b) -> b).orElse(null);
        List<Change> changes = new ArrayList<>();
        if (latest != null) {
            for (String key : keys) {
                Score from = baseline.score(key);
                Score to = latest.score(key);
                if (from != null && to != null) {
                    changes.add(new Change(from.label(), from.value(), baseline.takenOn(), to.value(), latest.takenOn(),
                            from.band(), to.band(), from.higherIsBetter(), d.decimals(key)));
                }
            }
        }
        // One chart per direction and range: scores that run opposite ways, or on different scales, never share an axis.
        Map<String, List<String>> groups = new LinkedHashMap<>();
        for (boolean higher : new boolean[] {true, false}) {
            for (String key : keys) {
                if (first.get(key).higherIsBetter() == higher) {
                    String range = d.range(key).map(r -> r.min().stripTrailingZeros() + "-" + r.max().stripTrailingZeros())
                            .orElse("");
                    groups.computeIfAbsent(higher + range, g -> new ArrayList<>()).add(key);
                }
            }
        }
        List<Chart> charts = new ArrayList<>();
        for (List<String> group : groups.values()) {
            boolean higher = first.get(group.get(0)).higherIsBetter();
            String scores = String.join(", ", group.stream().map(k -> first.get(k).label()).toList());
            charts.add(new Chart(scores + ": " + (higher ? "higher scores are better" : "lower scores are better"),
                    higher, chartJson(d, recorded, group, higher, first)));
        }
        return new History(d, recorded, keys, labels, changes, charts);
    }


    /**
     * The chart's data for measures-chart.js: dates in the order taken, one series per score, the axis spanning the
     * scores' full range, whole numbers or two decimals, and which way is better.
     */
    static String chartJson(MeasureDefinition d, List<Recorded> recorded, List<String> keys, boolean higherIsBetter,
            Map<String, Score> first) {
        StringBuilder json = new StringBuilder("{\"title\":").append(Json.string(d.name()))
                .append(",\"better\":").append(Json.string(higherIsBetter ? "higher" : "lower"))
                .append(",\"axis\":").append(Json.string(higherIsBetter ? "Score (higher is better)"
                        : "Score (lower is better)"));
        BigDecimal min = null;
        BigDecimal max = null;
        int decimals = 0;
        for (String key : keys) {
            var range = d.range(key).orElse(null);
            if (range != null) {
                min = min == null || range.min().compareTo(min) < 0 ? range.min() : min;
                max = max == null || range.max().compareTo(max) > 0 ? range.max() : max;
            }
            decimals = Math.max(decimals, d.decimals(key));
        }
        if (min != null) {
            json.append(",\"min\":").append(min.stripTrailingZeros().toPlainString())
                    .append(",\"max\":").append(max.stripTrailingZeros().toPlainString());
        }
        json.append(",\"decimals\":").append(decimals).append(",\"labels\":[");
        for (int i = 0; i < recorded.size(); i++) {
            Recorded r = recorded.get(i);
            json.append(i == 0 ? "" : ",")
                    .append(Json.string(UkDates.day(r.takenOn()) + " (" + r.occasion().label() + ")"));
        }
        json.append("],\"datasets\":[");
        for (int k = 0; k < keys.size(); k++) {
            String key = keys.get(k);
            json.append(k == 0 ? "" : ",").append("{\"label\":").append(Json.string(first.get(key).label()))
                    .append(",\"data\":[");
            for (int i = 0; i < recorded.size(); i++) {
                Score s = recorded.get(i).score(key);
                json.append(i == 0 ? "" : ",").append(s == null ? "null" : d.format(key, s.value()));
            }
            json.append("]}");
        }
        return json.append("]}").toString();
    }

    /** A measure the user may record on this case, with the case header. */
    public record RecordForm(CaseSummary header, MeasureDefinition definition, Occasion suggestedOccasion) {}

    @PreAuthorize(Cases.WORK)
    @Transactional(readOnly = true)
    public RecordForm form(UUID caseId, UUID definitionId, PathwayUser user) {
        CaseSummary header = cases.requireVisible(caseId, user);
        MeasureDefinition d = catalogue.availableTo(header.organisationId(), definitionId)
                .orElseThrow(() -> NotFound.of("measure", definitionId));
        boolean hasBaseline = records.ofCase(caseId).stream()
                .anyMatch(r -> r.definitionId().equals(definitionId) && r.occasion() == Occasion.BASELINE);
        return new RecordForm(header, d, hasBaseline ? Occasion.REVIEW : Occasion.BASELINE);
    }

    /** What was typed on the record form; every value kept as text so the form can re-show it. */
    public record Answers(String occasion, String day, String month, String year, Map<String, String> answers) {

        public Answers {
            answers = answers == null ? new LinkedHashMap<>() : new LinkedHashMap<>(answers);
        }

        public String answer(String itemCode) {
            return answers.get(itemCode);
        }
    }

    /** A recorded measure and its scores. */
    record Saved(UUID recordId, List<Score> scores) {}

    @PreAuthorize(Cases.WORK)
    @Transactional
    /**
     * Records and scores a complete questionnaire; a {@link Refusal} names each problem by the id of the input at
     * fault ("occasion", "day", "answers-" and the item's code for a question not answered).
     */
    Saved record(UUID caseId, UUID definitionId, Answers typed, PathwayUser user) {
        RecordForm form = form(caseId, definitionId, user);
        CaseSummary header = form.header();
        MeasureDefinition d = form.definition();
        Map<String, String> problems = new LinkedHashMap<>();
        if (!header.open()) {
            problems.put("occasion", "This case is closed: reopen it to record measures");
        }
        Occasion occasion = null;
        try {
            occasion = Occasion.valueOf(Objects.requireNonNullElse(typed.occasion(), ""));
        } catch (IllegalArgumentException unknown) {
            problems.put("occasion", "Choose when in the case this was taken: baseline, review or closure");
        }
        LocalDate takenOn = null;
        LocalDate today = UkTime.today(clock);
        try {
            takenOn = LocalDate.of(Integer.parseInt(typed.year().trim()), Integer.parseInt(typed.month().trim()),
                    Integer.parseInt(typed.day().trim()));
            LocalDate opened = header.openedAt().atZone(UkTime.ZONE).toLocalDate();
            if (takenOn.isAfter(today)) {
                problems.put("day", "The date taken must be today or in the past");
            } else if (takenOn.isBefore(opened)) {
                problems.put("day", "The date taken must be on or after the case opened ("
                        + UkDates.longDay(opened) + ")");
            }
        } catch (NumberFormatException | NullPointerException | DateTimeException unreadable) {
            problems.put("day", "Enter the date it was taken as a real date, for example 27 3 2026");
        }
        Map<String, Integer> answers = new LinkedHashMap<>();
        for (var item : d.items()) {
            String value = typed.answer(item.code());
            if (value != null && !value.isBlank()) {
                try {
                    answers.put(item.code(), Integer.parseInt(value.trim()));
                } catch (NumberFormatException e) {
                    // left out: reported as unanswered
                }
            }
        }
        Scorer.Result result = Scorer.score(d, answers);
        if (result instanceof Scorer.Incomplete incomplete) {
            for (String code : incomplete.missing()) {
                problems.put("answers-" + code, "Answer \"" + d.item(code).orElseThrow().wording() + "\"");
            }
            for (String code : incomplete.outOfRange()) {
                var item = d.item(code).orElseThrow();
                problems.put("answers-" + code, "Choose an answer from " + item.min() + " to " + item.max() + " for \""
                        + item.wording() + "\"");
            }
        }
        if (!problems.isEmpty()) {
            throw new Refusal(problems.entrySet().stream().map(p -> new Refusal.Problem(p.getKey(), p.getValue()))
                    .toList());
        }
        List<Score> scores = ((Scorer.Scored) result).scores();
        UUID id = UUID.randomUUID();
        var now = clock.instant();
        records.insert(id, caseId, d.id(), occasion, takenOn, answers, scores, user.getUsername(), now);
        audit.changed("case", caseId.toString(), "recorded " + d.code() + " (" + occasion.name() + ")");
        events.publishEvent(new MeasureRecorded(id, caseId, header.serviceId(), header.organisationId(), d.id(),
                d.code(), occasion.name(), takenOn,
                scores.stream().map(s -> new RecordedScore(s.key(), s.label(), s.value(), s.band(), s.higherIsBetter()))
                        .toList(), now, user.getUsername()));
        return new Saved(id, scores);
    }
}
