package org.pathway.engagement.measures;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.pathway.engagement.ClosureReason;
import org.pathway.engagement.OutcomesLoader;
import org.pathway.engagement.measures.MeasureDefinition.Item;
import org.pathway.engagement.measures.Scorer.Score;
import org.pathway.governance.AuditLog;
import org.pathway.people.ConsentPurpose;
import org.pathway.people.People;
import org.pathway.people.PersonId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The demo's plans, measures and closure messages: on average people improve, with spread (some get worse). Each
 * case's story comes from a random generator seeded by the demo seed and the case's referral, so a reload with the
 * same seed tells the same stories. Written in batches.
 */
@Component
class DemoOutcomes implements OutcomesLoader {

    private static final ZoneId UK = ZoneId.of("Europe/London");
    private static final String BY = "Demo link worker";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy");

    private static final String[] WHAT_MATTERS = {
        "Getting out of the house and seeing people again. Since my wife died the days are very long.",
        "Feeling useful. I used to run the allotment society and I miss having a purpose.",
        "Sorting out the money worries so I can sleep at night.",
        "Being able to walk to the shops on my own and not feeling so anxious about it.",
        "My grandchildren. I want to be well enough to look after them on Fridays.",
        "Meeting people who understand what caring for my husband is like.",
        "Getting back into work, even a few hours of volunteering to start with.",
        "Learning to use the computer so I can video call my daughter in Australia."};
    private static final String[][] GOALS = {
        {"CONNECTING", "Go to the Tuesday coffee morning at the church hall"},
        {"CONNECTING", "Join a walking group and go every week"},
        {"ACTIVITY", "Walk to the park and back three times a week"},
        {"WELLBEING", "Try the mindfulness course at the library"},
        {"MONEY", "Get a benefits check and apply for what I am entitled to"},
        {"HOUSING", "Get the damp in the flat sorted with the landlord"},
        {"WORK", "Start volunteering at the community garden"},
        {"DAILY_LIVING", "Learn to shop online for my groceries"},
        {"CARING", "Find a carers' group and a break for myself"},
        {"HEALTH", "Go to the diabetes education sessions"}};

    private final JdbcClient jdbc;
    private final javax.sql.DataSource dataSource;
    private final MeasureDefinitions definitions;
    private final People people;
    private final AuditLog audit;

    DemoOutcomes(JdbcClient jdbc, javax.sql.DataSource dataSource, MeasureDefinitions definitions, People people,
            AuditLog audit) {
        this.jdbc = jdbc;
        this.dataSource = dataSource;
        this.definitions = definitions;
        this.people = people;
        this.audit = audit;
    }

    private record CaseRow(UUID id, UUID referralId, UUID personId, String serviceName, Instant openedAt,
            Instant closedAt, ClosureReason reason, int contacts) {}

    @Override
    @Transactional
    public Loaded load(long seed, LocalDate today) {
        List<CaseRow> cases = jdbc.sql("""
                SELECT c.id, c.referral_id, c.person_id, c.opened_at, c.closed_at, c.closure_reason, c.contacts_count
                FROM engagement.case_episode c
                WHERE NOT EXISTS (SELECT 1 FROM engagement.measure_record r WHERE r.case_id = c.id)
                  AND NOT EXISTS (SELECT 1 FROM engagement.goal g WHERE g.case_id = c.id)
                  AND NOT EXISTS (SELECT 1 FROM engagement.outcome_message m WHERE m.case_id = c.id)
                ORDER BY c.referral_id""")
                .query((rs, n) -> {
                    Timestamp closed = rs.getTimestamp("closed_at");
                    String reason = rs.getString("closure_reason");
                    return new CaseRow(rs.getObject("id", UUID.class), rs.getObject("referral_id", UUID.class),
                            rs.getObject("person_id", UUID.class), null, rs.getTimestamp("opened_at").toInstant(),
                            closed == null ? null : closed.toInstant(), reason == null ? null : ClosureReason.valueOf(reason),
                            rs.getInt("contacts_count"));
                }).list();
        if (cases.isEmpty()) {
            return new Loaded(0, 0, 0, 0);
        }
        MeasureDefinition ons4 = definitions.national("ONS4").orElseThrow();
        MeasureDefinition swemwbs = definitions.national("SWEMWBS").orElseThrow();
        MeasureDefinition ucla = definitions.national("UCLA3").orElseThrow();
        Map<ClosureReason, List<String[]>> codes = new HashMap<>();
        jdbc.sql("""
                SELECT c.closure_reason, s.code, s.term FROM engagement.closure_code c
                JOIN engagement.snomed_code s ON s.code = c.code WHERE s.active ORDER BY c.position""")
                .query(rs -> {
                    codes.computeIfAbsent(ClosureReason.valueOf(rs.getString("closure_reason")), k -> new ArrayList<>())
                            .add(new String[] {rs.getString("code"), rs.getString("term")});
                });

        java.util.Set<PersonId> sharing = people.consentedTo(ConsentPurpose.SHARE_WITH_GP,
                cases.stream().filter(c -> c.closedAt() != null).map(c -> new PersonId(c.personId())).toList());
        Batches b = new Batches();
        for (CaseRow c : cases) {
            Random random = new Random(seed ^ c.referralId().getMostSignificantBits() ^ c.referralId().getLeastSignificantBits());
            LocalDate opened = c.openedAt().atZone(UK).toLocalDate();
            LocalDate end = c.closedAt() == null ? today : c.closedAt().atZone(UK).toLocalDate();
            long span = Math.max(0, ChronoUnit.DAYS.between(opened, end));
            boolean engaged = c.reason() != ClosureReason.UNABLE_TO_CONTACT;
            if (!engaged || span < 7) {
                if (c.closedAt() != null && c.reason() != null) {
                    message(b, c, codes, null, sharing, random);
                }
                continue;
            }
            // A person's wellbeing in standard units below the population's, and how far it moves by the end.
            double start = -0.9 + random.nextGaussian() * 0.7;
            double gain = 0.45 + random.nextGaussian() * 0.55;
            LocalDate baselineOn = opened.plusDays(Math.min(span, 3 + random.nextInt(10)));
            List<LocalDate> occasions = new ArrayList<>(List.of(baselineOn));
            List<Occasion> kinds = new ArrayList<>(List.of(Occasion.BASELINE));
            if (span >= 70) {
                occasions.add(opened.plusDays(span / 2));
                kinds.add(Occasion.REVIEW);
            }
            boolean closingMeasures = c.closedAt() != null && (c.reason() == ClosureReason.GOALS_MET
                    || c.reason() == ClosureReason.CONNECTED_TO_COMMUNITY || c.reason() == ClosureReason.REFERRED_ON
                    || (c.reason() == ClosureReason.DECLINED_FURTHER_SUPPORT && random.nextBoolean()));
            if (closingMeasures && span >= 21) {
                occasions.add(end);
                kinds.add(Occasion.CLOSURE);
            }
            boolean takesUcla = random.nextDouble() < 0.6;
            Map<String, String[]> firstAndLast = new LinkedHashMap<>();
            for (int i = 0; i < occasions.size(); i++) {
                double progress = (double) ChronoUnit.DAYS.between(baselineOn, occasions.get(i)) / Math.max(1, span);
                double w = start + gain * progress + random.nextGaussian() * 0.15;
                record(b, c.id(), ons4, kinds.get(i), occasions.get(i), ons4Answers(w, random), firstAndLast, random);
                record(b, c.id(), swemwbs, kinds.get(i), occasions.get(i), swemwbsAnswers(w, random), firstAndLast, random);
                if (takesUcla) {
                    record(b, c.id(), ucla, kinds.get(i), occasions.get(i), uclaAnswers(w, random), firstAndLast, random);
                }
            }
            // What matters, goals with progress over time, actions and reviews.
            b.whatMatters.add(new Object[] {uuid(random), c.id(), 1, WHAT_MATTERS[random.nextInt(WHAT_MATTERS.length)],
                    Date.valueOf(baselineOn), ts(baselineOn), BY});
            int goalCount = 1 + random.nextInt(3);
            List<String> goalLines = new ArrayList<>();
            int first = random.nextInt(GOALS.length);
            for (int g = 0; g < goalCount; g++) {
                String[] goal = GOALS[(first + g * 3) % GOALS.length];
                UUID goalId = uuid(random);
                int from = 1 + random.nextInt(4);
                int to = Math.max(1, Math.min(10, from + (int) Math.round(gain * 6 + random.nextGaussian() * 1.5)));
                String status = c.closedAt() == null ? "ACTIVE"
                        : to >= 7 ? "ACHIEVED" : random.nextDouble() < 0.5 ? "NO_LONGER_RELEVANT" : "ACTIVE";
                b.goals.add(new Object[] {goalId, c.id(), goal[0], goal[1], Date.valueOf(baselineOn.plusWeeks(12)), status,
                        ts(baselineOn), BY, c.closedAt() == null ? null : Timestamp.from(c.closedAt())});
                for (int i = 0; i < occasions.size(); i++) {
                    int score = i == 0 ? from : i == occasions.size() - 1 ? to : (from + to) / 2;
                    b.progress.add(new Object[] {uuid(random), goalId, Date.valueOf(occasions.get(i)), score, null,
                            ts(occasions.get(i)), BY});
                }
                String statusText = switch (status) {
                    case "ACHIEVED" -> "achieved";
                    case "NO_LONGER_RELEVANT" -> "no longer relevant";
                    default -> "still being worked on";
                };
                goalLines.add("- " + goal[1] + " (" + statusText + (occasions.size() > 1
                        ? ", progress from " + from + " to " + (occasions.size() == 1 ? from : to) + " out of 10" : "") + ")");
                b.actions.add(new Object[] {uuid(random), c.id(), g == 0 ? "Me" : "My link worker",
                        g == 0 ? "Find out when it meets and go along with a friend" : "Send the contact details and check in after the first visit",
                        Date.valueOf(baselineOn.plusWeeks(2)), span > 21 ? Date.valueOf(baselineOn.plusWeeks(2)) : null,
                        ts(baselineOn), BY});
            }
            b.reviews.add(new Object[] {uuid(random), c.id(), Date.valueOf(baselineOn.plusWeeks(6)), "Six-week review",
                    ts(baselineOn), BY});
            if (c.closedAt() != null && c.reason() != null) {
                StringBuilder summary = new StringBuilder();
                summary.append("Supported from ").append(DAY.format(opened)).append(" to ").append(DAY.format(end))
                        .append(", with ").append(c.contacts()).append(c.contacts() == 1 ? " contact" : " contacts")
                        .append(". The case closed: ").append(c.reason().label().toLowerCase()).append(".\nGoals:\n");
                goalLines.forEach(l -> summary.append(l).append('\n'));
                if (!firstAndLast.isEmpty() && occasions.size() > 1) {
                    summary.append("Outcome measures, first to latest:\n");
                    firstAndLast.forEach((label, v) -> {
                        if (v[1] != null) {
                            summary.append("- ").append(label).append(": ").append(v[0]).append(" to ").append(v[1]).append('\n');
                        }
                    });
                }
                message(b, c, codes, summary.toString().trim(), sharing, random);
            }
        }
        b.write(new Copier());
        audit.record("system", "LOAD", "case", null,
                "loaded plans, measures and closure messages for " + cases.size() + " cases");
        return new Loaded(cases.size(), b.records.size(), b.goals.size(), b.messages.size());
    }

    private void message(Batches b, CaseRow c, Map<ClosureReason, List<String[]>> codes, String summary,
            java.util.Set<PersonId> sharing, Random random) {
        boolean share = summary != null && sharing.contains(new PersonId(c.personId()));
        StringBuilder text = new StringBuilder();
        codes.getOrDefault(c.reason(), List.of()).forEach(code -> text.append(code[0]).append('|').append(code[1]).append('\n'));
        b.messages.add(new Object[] {uuid(random), c.id(), c.referralId(), share ? "SUMMARY" : "CODES_ONLY",
                text.toString(), share ? summary : null, Timestamp.from(c.closedAt()), BY});
    }

    private void record(Batches b, UUID caseId, MeasureDefinition d, Occasion occasion, LocalDate on,
            Map<String, Integer> answers, Map<String, String[]> firstAndLast, Random random) {
        List<Score> scores = ((Scorer.Scored) Scorer.score(d, answers)).scores();
        UUID id = uuid(random);
        b.records.add(new Object[] {id, caseId, d.id(), occasion.name(), Date.valueOf(on), BY, ts(on)});
        answers.forEach((code, value) -> b.answers.add(new Object[] {id, code, value}));
        int position = 0;
        for (Score s : scores) {
            b.scores.add(new Object[] {id, position++, s.key(), s.label(), s.value(), s.band(), s.higherIsBetter()});
            String label = d.code() + " " + s.label();
            String shown = s.value().stripTrailingZeros().toPlainString() + (s.band() == null ? "" : " (" + s.band() + ")");
            String[] v = firstAndLast.get(label);
            if (v == null) {
                firstAndLast.put(label, new String[] {shown, null});
            } else {
                v[1] = shown;
            }
        }
    }

    private static int clamp(double value, int min, int max) {
        return (int) Math.max(min, Math.min(max, Math.round(value)));
    }

    private static Map<String, Integer> ons4Answers(double w, Random random) {
        Map<String, Integer> a = new LinkedHashMap<>();
        a.put("life", clamp(7.4 + 1.8 * w + random.nextGaussian() * 0.9, 0, 10));
        a.put("worthwhile", clamp(7.7 + 1.6 * w + random.nextGaussian() * 0.9, 0, 10));
        a.put("happy", clamp(7.3 + 1.9 * w + random.nextGaussian() * 1.1, 0, 10));
        a.put("anxious", clamp(3.2 - 2.0 * w + random.nextGaussian() * 1.2, 0, 10));
        return a;
    }

    private static Map<String, Integer> swemwbsAnswers(double w, Random random) {
        Map<String, Integer> a = new LinkedHashMap<>();
        for (String code : List.of("optimistic", "useful", "relaxed", "problems", "clearly", "close", "own-mind")) {
            a.put(code, clamp(3.4 + 0.8 * w + random.nextGaussian() * 0.6, 1, 5));
        }
        return a;
    }

    private static Map<String, Integer> uclaAnswers(double w, Random random) {
        Map<String, Integer> a = new LinkedHashMap<>();
        for (String code : List.of("companionship", "left-out", "isolated")) {
            a.put(code, clamp(1.6 - 0.6 * w + random.nextGaussian() * 0.5, 1, 3));
        }
        a.put("lonely", clamp(3.6 + 1.0 * w + random.nextGaussian() * 0.8, 1, 5));
        return a;
    }

    /** An id drawn from the case's own generator, so a reload with the same seed gives the same ids. */
    private static UUID uuid(Random random) {
        byte[] bytes = new byte[16];
        random.nextBytes(bytes);
        return UUID.nameUUIDFromBytes(bytes);
    }

    private static Timestamp ts(LocalDate day) {
        return Timestamp.from(day.atTime(10, 0).atZone(UK).toInstant());
    }

    /** Rows gathered for each table, written with JDBC batches. */
    private static final class Batches {
        final List<Object[]> records = new ArrayList<>();
        final List<Object[]> answers = new ArrayList<>();
        final List<Object[]> scores = new ArrayList<>();
        final List<Object[]> whatMatters = new ArrayList<>();
        final List<Object[]> goals = new ArrayList<>();
        final List<Object[]> progress = new ArrayList<>();
        final List<Object[]> actions = new ArrayList<>();
        final List<Object[]> reviews = new ArrayList<>();
        final List<Object[]> messages = new ArrayList<>();

        void write(Copier c) {
            c.copy("engagement.measure_record", "id, case_id, definition_id, occasion, taken_on, recorded_by, recorded_at", records);
            c.copy("engagement.measure_answer", "record_id, item_code, value", answers);
            c.copy("engagement.measure_score", "record_id, position, score_key, label, value, band, higher_is_better", scores);
            c.copy("engagement.what_matters", "id, case_id, version, words, recorded_on, recorded_at, recorded_by", whatMatters);
            c.copy("engagement.goal", "id, case_id, domain, wording, target_on, status, created_at, created_by, status_changed_at", goals);
            c.copy("engagement.goal_progress", "id, goal_id, recorded_on, score, note, recorded_at, recorded_by", progress);
            c.copy("engagement.plan_action", "id, case_id, who, what, due_on, done_on, created_at, created_by", actions);
            c.copy("engagement.plan_review", "id, case_id, review_on, note, created_at, created_by", reviews);
            c.copy("engagement.outcome_message", "id, case_id, referral_id, kind, codes, summary, issued_at, issued_by", messages);
        }
    }

    /** Writes rows with PostgreSQL's COPY (CSV) on the current transaction's connection. */
    private final class Copier {

        private static final int CHUNK = 20_000;

        void copy(String table, String columns, List<Object[]> rows) {
            if (rows.isEmpty()) {
                return;
            }
            java.sql.Connection connection = org.springframework.jdbc.datasource.DataSourceUtils.getConnection(dataSource);
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
                org.springframework.jdbc.datasource.DataSourceUtils.releaseConnection(connection, dataSource);
            }
        }
    }
}
