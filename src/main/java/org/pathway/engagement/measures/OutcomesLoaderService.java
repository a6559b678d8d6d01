package org.pathway.engagement.measures;

import org.pathway.platform.UkDates;
import org.pathway.platform.UkTime;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;
import org.pathway.engagement.ClosureReason;
import org.pathway.engagement.loading.OutcomesLoader;
import org.pathway.engagement.measures.Scorer.Score;
import org.pathway.governance.AuditLog;
import org.pathway.people.ConsentPurpose;
import org.pathway.people.People;
import org.pathway.people.PersonId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * {@link OutcomesLoader}: writes the outcomes a caller decided for cases loaded as history, with PostgreSQL's COPY.
 * Measures are scored by their definitions, as on the page; the message back to the GP carries the closure
 * reason's codes, and its summary (composed here from the goals and measures loaded) only when the person consented
 * to share with their GP. Each record counts as written at 10:00 UK time on its day.
 */
@Component
class OutcomesLoaderService implements OutcomesLoader {


    private final JdbcClient jdbc;
    private final DataSource dataSource;
    private final MeasureDefinitionRepository definitions;
    private final People people;
    private final AuditLog audit;

    OutcomesLoaderService(JdbcClient jdbc, DataSource dataSource, MeasureDefinitionRepository definitions, People people,
            AuditLog audit) {
        this.jdbc = jdbc;
        this.dataSource = dataSource;
        this.definitions = definitions;
        this.people = people;
        this.audit = audit;
    }

    @Override
    @Transactional(readOnly = true)
    public List<CaseWithoutOutcomes> casesWithoutOutcomes() {
        return jdbc.sql("""
                SELECT c.id, c.referral_id, c.person_id, c.opened_at, c.closed_at, c.closure_reason, c.contacts_count
                FROM engagement.case_episode c
                WHERE NOT EXISTS (SELECT 1 FROM engagement.measure_record r WHERE r.case_id = c.id)
                  AND NOT EXISTS (SELECT 1 FROM engagement.goal g WHERE g.case_id = c.id)
                  AND NOT EXISTS (SELECT 1 FROM engagement.outcome_message m WHERE m.case_id = c.id)
                ORDER BY c.referral_id""")
                .query((rs, n) -> {
                    Timestamp closed = rs.getTimestamp("closed_at");
                    String reason = rs.getString("closure_reason");
                    return new CaseWithoutOutcomes(rs.getObject("id", UUID.class),
                            rs.getObject("referral_id", UUID.class), rs.getObject("person_id", UUID.class),
                            rs.getTimestamp("opened_at").toInstant(), closed == null ? null : closed.toInstant(),
                            reason == null ? null : ClosureReason.valueOf(reason), rs.getInt("contacts_count"));
                }).list();
    }

    @Override
    @Transactional
    public Loaded load(Batch batch) {
        Map<UUID, CaseWithoutOutcomes> cases = new HashMap<>();
        casesWithoutOutcomes().forEach(c -> cases.put(c.caseId(), c));
        List<CaseOutcomes> loading = batch.cases().stream().filter(o -> cases.containsKey(o.caseId())).toList();
        if (loading.isEmpty()) {
            return new Loaded(0, 0, 0, 0);
        }
        Map<String, MeasureDefinition> measures = new HashMap<>();
        Map<ClosureReason, List<String[]>> codes = closureCodes();
        Set<PersonId> sharing = people.consentedTo(ConsentPurpose.SHARE_WITH_GP, loading.stream()
                .filter(o -> o.message() != null && o.message().summary())
                .map(o -> new PersonId(cases.get(o.caseId()).personId())).distinct().toList());
        Rows rows = new Rows(batch.recordedBy());
        for (CaseOutcomes o : loading) {
            CaseWithoutOutcomes c = cases.get(o.caseId());
            Map<String, List<String>> measured = new LinkedHashMap<>();
            for (Measure m : o.measures()) {
                MeasureDefinition d = measures.computeIfAbsent(m.measureCode(),
                        code -> definitions.national(code).orElseThrow(
                                () -> new IllegalArgumentException("No national measure " + code)));
                rows.measure(c.caseId(), d, m, measured);
            }
            rows.plan(c.caseId(), o);
            if (o.message() != null) {
                if (c.closedAt() == null || c.reason() == null) {
                    throw new IllegalArgumentException("Case " + c.caseId() + " is open: no message goes to the GP");
                }
                boolean share = o.message().summary() && sharing.contains(new PersonId(c.personId()));
                StringBuilder text = new StringBuilder();
                codes.getOrDefault(c.reason(), List.of())
                        .forEach(code -> text.append(code[0]).append('|').append(code[1]).append('\n'));
                rows.messages.add(new Object[] {o.message().id(), c.caseId(), c.referralId(),
                        share ? "SUMMARY" : "CODES_ONLY", text.toString(), share ? summary(c, o, measured) : null,
                        Timestamp.from(c.closedAt()), batch.recordedBy()});
            }
        }
        rows.write();
        audit.record("system", "LOAD", "case", null,
                "loaded plans, measures and closure messages for " + loading.size() + " cases");
        return new Loaded(loading.size(), rows.records.size(), rows.goals.size(), rows.messages.size());
    }

    private Map<ClosureReason, List<String[]>> closureCodes() {
        Map<ClosureReason, List<String[]>> codes = new HashMap<>();
        jdbc.sql("""
                SELECT c.closure_reason, s.code, s.term FROM engagement.closure_code c
                JOIN engagement.snomed_code s ON s.code = c.code WHERE s.active ORDER BY c.position""")
                .query(rs -> {
                    codes.computeIfAbsent(ClosureReason.valueOf(rs.getString("closure_reason")), k -> new ArrayList<>())
                            .add(new String[] {rs.getString("code"), rs.getString("term")});
                });
        return codes;
    }

    /**
     * The summary of the support for the GP: dates, contacts and the closure reason, each goal with its progress,
     * and each score measured more than once from first to latest ({@code measured}: the values shown, in order).
     */
    private static String summary(CaseWithoutOutcomes c, CaseOutcomes o, Map<String, List<String>> measured) {
        StringBuilder summary = new StringBuilder();
        summary.append("Supported from ").append(UkDates.longDay(c.openedAt().atZone(UkTime.ZONE).toLocalDate())).append(" to ")
                .append(UkDates.longDay(c.closedAt().atZone(UkTime.ZONE).toLocalDate())).append(", with ").append(c.contacts())
                .append(c.contacts() == 1 ? " contact" : " contacts").append(". The case closed: ")
                .append(c.reason().label().toLowerCase()).append(".\nGoals:\n");
        for (Goal g : o.goals()) {
            String status = switch (g.status()) {
                case "ACHIEVED" -> "achieved";
                case "NO_LONGER_RELEVANT" -> "no longer relevant";
                default -> "still being worked on";
            };
            List<Progress> p = g.progress();
            summary.append("- ").append(g.wording()).append(" (").append(status)
                    .append(p.size() > 1 ? ", progress from " + p.get(0).score() + " to " + p.get(p.size() - 1).score()
                            + " out of 10" : "")
                    .append(")\n");
        }
        if (measured.values().stream().anyMatch(v -> v.size() > 1)) {
            summary.append("Outcome measures, first to latest:\n");
            measured.forEach((label, v) -> {
                if (v.size() > 1) {
                    summary.append("- ").append(label).append(": ").append(v.get(0)).append(" to ")
                            .append(v.get(v.size() - 1)).append('\n');
                }
            });
        }
        return summary.toString().trim();
    }

    private static Timestamp at(LocalDate day) {
        return day == null ? null : Timestamp.from(day.atTime(10, 0).atZone(UkTime.ZONE).toInstant());
    }

    private static Date date(LocalDate day) {
        return day == null ? null : Date.valueOf(day);
    }

    /** Rows gathered for each table, then written with COPY. */
    private final class Rows {

        private static final int CHUNK = 20_000;

        final String by;
        final List<Object[]> records = new ArrayList<>();
        final List<Object[]> answers = new ArrayList<>();
        final List<Object[]> scores = new ArrayList<>();
        final List<Object[]> whatMatters = new ArrayList<>();
        final List<Object[]> goals = new ArrayList<>();
        final List<Object[]> progress = new ArrayList<>();
        final List<Object[]> actions = new ArrayList<>();
        final List<Object[]> reviews = new ArrayList<>();
        final List<Object[]> messages = new ArrayList<>();

        Rows(String by) {
            this.by = by;
        }

        /** A measure's record, answers and scores; each score's value as shown is added to {@code measured}. */
        void measure(UUID caseId, MeasureDefinition d, Measure m, Map<String, List<String>> measured) {
            if (!(Scorer.score(d, m.answers()) instanceof Scorer.Scored scored)) {
                throw new IllegalArgumentException("The " + d.code() + " answers of case " + caseId + " are incomplete");
            }
            records.add(new Object[] {m.id(), caseId, d.id(), Occasion.valueOf(m.occasion()).name(),
                date(m.takenOn()), by, at(m.takenOn())});
            m.answers().forEach((code, value) -> answers.add(new Object[] {m.id(), code, value}));
            int position = 0;
            for (Score s : scored.scores()) {
                scores.add(new Object[] {m.id(), position++, s.key(), s.label(), s.value(), s.band(),
                    s.higherIsBetter()});
                measured.computeIfAbsent(d.code() + " " + s.label(), k -> new ArrayList<>())
                        .add(s.value().stripTrailingZeros().toPlainString()
                                + (s.band() == null ? "" : " (" + s.band() + ")"));
            }
        }

        void plan(UUID caseId, CaseOutcomes o) {
            if (o.whatMatters() != null) {
                WhatMatters w = o.whatMatters();
                whatMatters.add(new Object[] {w.id(), caseId, 1, w.words(), date(w.recordedOn()), at(w.recordedOn()),
                    by});
            }
            for (Goal g : o.goals()) {
                goals.add(new Object[] {g.id(), caseId, g.domain(), g.wording(), date(g.targetOn()), g.status(),
                    at(g.createdOn()), by, g.statusChangedAt() == null ? null : Timestamp.from(g.statusChangedAt())});
                for (Progress p : g.progress()) {
                    progress.add(new Object[] {p.id(), g.id(), date(p.on()), p.score(), null, at(p.on()), by});
                }
            }
            for (Action a : o.actions()) {
                actions.add(new Object[] {a.id(), caseId, a.who(), a.what(), date(a.dueOn()), date(a.doneOn()),
                    at(a.createdOn()), by});
            }
            for (Review r : o.reviews()) {
                reviews.add(new Object[] {r.id(), caseId, date(r.on()), r.note(), at(r.createdOn()), by});
            }
        }

        void write() {
            copy("engagement.measure_record", "id, case_id, definition_id, occasion, taken_on, recorded_by, recorded_at", records);
            copy("engagement.measure_answer", "record_id, item_code, value", answers);
            copy("engagement.measure_score", "record_id, position, score_key, label, value, band, higher_is_better", scores);
            copy("engagement.what_matters", "id, case_id, version, words, recorded_on, recorded_at, recorded_by", whatMatters);
            copy("engagement.goal", "id, case_id, domain, wording, target_on, status, created_at, created_by, status_changed_at", goals);
            copy("engagement.goal_progress", "id, goal_id, recorded_on, score, note, recorded_at, recorded_by", progress);
            copy("engagement.plan_action", "id, case_id, who, what, due_on, done_on, created_at, created_by", actions);
            copy("engagement.plan_review", "id, case_id, review_on, note, created_at, created_by", reviews);
            copy("engagement.outcome_message", "id, case_id, referral_id, kind, codes, summary, issued_at, issued_by", messages);
        }

        /** Writes rows with PostgreSQL's COPY (CSV) on the current transaction's connection. */
        private void copy(String table, String columns, List<Object[]> rows) {
            if (rows.isEmpty()) {
                return;
            }
            java.sql.Connection connection = DataSourceUtils.getConnection(dataSource);
            try {
                org.postgresql.copy.CopyManager copier = connection.unwrap(org.postgresql.PGConnection.class).getCopyAPI();
                StringBuilder csv = new StringBuilder();
                for (int from = 0; from < rows.size(); from += CHUNK) {
                    csv.setLength(0);
                    for (Object[] row : rows.subList(from, Math.min(rows.size(), from + CHUNK))) {
                        for (int i = 0; i < row.length; i++) {
                            if (i > 0) {
                                csv.append(',');
                            }
                            Object value = row[i];
                            if (value != null) {
                                String text = value instanceof Timestamp t ? t.toInstant().toString() : value.toString();
                                csv.append('"').append(text.replace("\"", "\"\"")).append('"');
                            }
                        }
                        csv.append('\n');
                    }
                    copier.copyIn("COPY " + table + " (" + columns + ") FROM STDIN (FORMAT csv)",
                            new java.io.StringReader(csv.toString()));
                }
            } catch (java.sql.SQLException | java.io.IOException e) {
                throw new IllegalStateException("Could not load " + table, e);
            } finally {
                DataSourceUtils.releaseConnection(connection, dataSource);
            }
        }
    }
}
