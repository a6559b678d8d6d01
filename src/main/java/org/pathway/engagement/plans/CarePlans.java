package org.pathway.engagement.plans;

import org.pathway.platform.UkTime;
import org.pathway.platform.NotFound;
import org.pathway.platform.Refusal;
import org.pathway.engagement.Cases;
import org.pathway.engagement.CaseSummary;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.pathway.engagement.plans.Plan.Action;
import org.pathway.engagement.plans.Plan.Goal;
import org.pathway.engagement.plans.Plan.Progress;
import org.pathway.engagement.plans.Plan.Review;
import org.pathway.engagement.plans.Plan.WhatMatters;
import org.pathway.governance.AuditLog;
import org.pathway.governance.PathwayUser;
import org.pathway.shared.DateParts;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * "What matters to me" and the personalised care and support plan of a case, scoped by {@link Cases#requireVisible}. Every
 * change keeps history: what matters is versioned, each progress score is a new row, statuses are timestamped.
 * A change refused throws a {@link Refusal}: its problems are keyed by the id of the input at fault.
 */
@Service
class CarePlans {

    static final int TEXT_MAX = 4000;

    private final Cases cases;
    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final Clock clock;

    CarePlans(Cases cases, JdbcClient jdbc, AuditLog audit, Clock clock) {
        this.cases = cases;
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    record Shown(CaseSummary header, Plan plan, LocalDate today) {}

    @PreAuthorize(Cases.WORK)
    @Transactional(readOnly = true)
    Shown show(UUID caseId, PathwayUser user) {
        CaseSummary header = cases.requireVisible(caseId, user);
        return new Shown(header, plan(caseId), today());
    }

    LocalDate today() {
        return UkTime.today(clock);
    }

    Plan plan(UUID caseId) {
        List<WhatMatters> whatMatters = jdbc.sql("""
                SELECT version, words, recorded_on, recorded_at, recorded_by FROM engagement.what_matters
                WHERE case_id = ? ORDER BY version DESC""").param(caseId)
                .query((rs, n) -> new WhatMatters(rs.getInt("version"), rs.getString("words"),
                        rs.getObject("recorded_on", LocalDate.class), rs.getTimestamp("recorded_at").toInstant(),
                        rs.getString("recorded_by"))).list();
        Map<UUID, List<Progress>> progress = new HashMap<>();
        jdbc.sql("""
                SELECT p.goal_id, p.recorded_on, p.score, p.note, p.recorded_by FROM engagement.goal_progress p
                JOIN engagement.goal g ON g.id = p.goal_id WHERE g.case_id = ? ORDER BY p.recorded_on, p.recorded_at""")
                .param(caseId).query(rs -> {
                    progress.computeIfAbsent(rs.getObject("goal_id", UUID.class), k -> new ArrayList<>())
                            .add(new Progress(rs.getObject("recorded_on", LocalDate.class), rs.getInt("score"),
                                    rs.getString("note"), rs.getString("recorded_by")));
                });
        List<Goal> goals = jdbc.sql("""
                SELECT id, domain, wording, target_on, status FROM engagement.goal WHERE case_id = ?
                ORDER BY status = 'ACTIVE' DESC, created_at""").param(caseId)
                .query((rs, n) -> {
                    UUID id = rs.getObject("id", UUID.class);
                    return new Goal(id, GoalDomain.valueOf(rs.getString("domain")), rs.getString("wording"),
                            rs.getObject("target_on", LocalDate.class), GoalStatus.valueOf(rs.getString("status")),
                            progress.getOrDefault(id, List.of()));
                }).list();
        List<Action> actions = jdbc.sql("""
                SELECT id, who, what, due_on, done_on FROM engagement.plan_action WHERE case_id = ?
                ORDER BY done_on NULLS FIRST, due_on NULLS LAST, created_at""").param(caseId)
                .query((rs, n) -> new Action(rs.getObject("id", UUID.class), rs.getString("who"), rs.getString("what"),
                        rs.getObject("due_on", LocalDate.class), rs.getObject("done_on", LocalDate.class))).list();
        List<Review> reviews = jdbc.sql("""
                SELECT id, review_on, note FROM engagement.plan_review WHERE case_id = ? ORDER BY review_on""")
                .param(caseId).query((rs, n) -> new Review(rs.getObject("id", UUID.class),
                        rs.getObject("review_on", LocalDate.class), rs.getString("note"))).list();
        return new Plan(whatMatters, goals, actions, reviews);
    }

    // ---- changes -------------------------------------------------------------------------------------------

    record WhatMattersForm(String words) {}

    record GoalForm(String domain, String wording, String targetDay, String targetMonth, String targetYear,
            String progress) {

        DateParts.Outcome target() {
            return DateParts.read("Target date", targetDay, targetMonth, targetYear);
        }
    }

    record ProgressForm(String score, String note) {}

    record ActionForm(String who, String what, String dueDay, String dueMonth, String dueYear) {

        DateParts.Outcome due() {
            return DateParts.read("Date it is due by", dueDay, dueMonth, dueYear);
        }
    }

    record ReviewForm(String reviewDay, String reviewMonth, String reviewYear, String note) {

        DateParts.Outcome on() {
            return DateParts.read("Review date", reviewDay, reviewMonth, reviewYear);
        }
    }

    private CaseSummary openCase(UUID caseId, PathwayUser user, Map<String, String> problems) {
        CaseSummary header = cases.requireVisible(caseId, user);
        if (!header.open()) {
            problems.put("plan", "This case is closed: reopen it to change the plan");
        }
        return header;
    }

    @PreAuthorize(Cases.WORK)
    @Transactional
    void saveWhatMatters(UUID caseId, WhatMattersForm form, PathwayUser user) {
        Map<String, String> problems = new LinkedHashMap<>();
        openCase(caseId, user, problems);
        String words = text(form.words(), "words", "Write what matters to the person, in their own words", problems);
        refuseIf(problems);
        int version = jdbc.sql("SELECT coalesce(max(version), 0) + 1 FROM engagement.what_matters WHERE case_id = ?")
                .param(caseId).query(Integer.class).single();
        jdbc.sql("""
                INSERT INTO engagement.what_matters (id, case_id, version, words, recorded_on, recorded_at, recorded_by)
                VALUES (?, ?, ?, ?, ?, ?, ?)""")
                .params(UUID.randomUUID(), caseId, version, words, today(), Timestamp.from(clock.instant()),
                        user.getUsername()).update();
        audit.changed("case", caseId.toString(), "what matters to me: version " + version);
    }

    @PreAuthorize(Cases.WORK)
    @Transactional
    void addGoal(UUID caseId, GoalForm form, PathwayUser user) {
        Map<String, String> problems = new LinkedHashMap<>();
        openCase(caseId, user, problems);
        GoalDomain domain = null;
        try {
            domain = GoalDomain.valueOf(form.domain() == null ? "" : form.domain());
        } catch (IllegalArgumentException e) {
            problems.put("goal-domain", "Choose what the goal is about");
        }
        String wording = text(form.wording(), "goal-wording", "Write the goal in the person's own words", problems);
        LocalDate target = date(form.target(), "goal-targetOn", problems);
        if (target != null && target.isBefore(today())) {
            problems.put("goal-targetOn", "The target date must be today or later");
        }
        Integer score = blank(form.progress()) ? null : score(form.progress(), "goal-progress", problems);
        refuseIf(problems);
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO engagement.goal (id, case_id, domain, wording, target_on, created_at, created_by)
                VALUES (?, ?, ?, ?, ?, ?, ?)""")
                .params(id, caseId, domain.name(), wording, target, Timestamp.from(clock.instant()), user.getUsername())
                .update();
        if (score != null) {
            insertProgress(id, score, null, user);
        }
        audit.changed("case", caseId.toString(), "goal added");
    }

    @PreAuthorize(Cases.WORK)
    @Transactional
    void recordProgress(UUID caseId, UUID goalId, ProgressForm form, PathwayUser user) {
        Map<String, String> problems = new LinkedHashMap<>();
        openCase(caseId, user, problems);
        requireGoal(caseId, goalId);
        Integer score = score(form.score(), "progress-" + goalId, problems);
        String note = blank(form.note()) ? null : form.note().trim();
        if (note != null && note.length() > TEXT_MAX) {
            problems.put("progress-" + goalId, "The note must be " + TEXT_MAX + " characters or fewer");
        }
        refuseIf(problems);
        insertProgress(goalId, score, note, user);
        audit.changed("case", caseId.toString(), "goal progress " + score + "/10");
    }

    @PreAuthorize(Cases.WORK)
    @Transactional
    void setGoalStatus(UUID caseId, UUID goalId, String status, PathwayUser user) {
        Map<String, String> problems = new LinkedHashMap<>();
        openCase(caseId, user, problems);
        requireGoal(caseId, goalId);
        GoalStatus to;
        try {
            to = GoalStatus.valueOf(status == null ? "" : status);
        } catch (IllegalArgumentException e) {
            problems.put("status-" + goalId, "Choose the goal's status");
            to = null;
        }
        refuseIf(problems);
        jdbc.sql("UPDATE engagement.goal SET status = ?, status_changed_at = ? WHERE id = ?")
                .params(to.name(), Timestamp.from(clock.instant()), goalId).update();
        audit.changed("case", caseId.toString(), "goal status " + to.name());
    }

    @PreAuthorize(Cases.WORK)
    @Transactional
    void addAction(UUID caseId, ActionForm form, PathwayUser user) {
        Map<String, String> problems = new LinkedHashMap<>();
        openCase(caseId, user, problems);
        String who = text(form.who(), "action-who", "Say who will do it, like \"Me\" or \"My link worker\"", problems);
        String what = text(form.what(), "action-what", "Say what will be done", problems);
        LocalDate due = date(form.due(), "action-dueOn", problems);
        refuseIf(problems);
        jdbc.sql("""
                INSERT INTO engagement.plan_action (id, case_id, who, what, due_on, created_at, created_by)
                VALUES (?, ?, ?, ?, ?, ?, ?)""")
                .params(UUID.randomUUID(), caseId, who, what, due, Timestamp.from(clock.instant()), user.getUsername())
                .update();
        audit.changed("case", caseId.toString(), "plan action added");
    }

    @PreAuthorize(Cases.WORK)
    @Transactional
    void markDone(UUID caseId, UUID actionId, PathwayUser user) {
        Map<String, String> problems = new LinkedHashMap<>();
        openCase(caseId, user, problems);
        refuseIf(problems);
        int updated = jdbc.sql("UPDATE engagement.plan_action SET done_on = ? WHERE id = ? AND case_id = ? AND done_on IS NULL")
                .params(today(), actionId, caseId).update();
        if (updated == 1) {
            audit.changed("case", caseId.toString(), "plan action done");
        }
    }

    @PreAuthorize(Cases.WORK)
    @Transactional
    void addReview(UUID caseId, ReviewForm form, PathwayUser user) {
        Map<String, String> problems = new LinkedHashMap<>();
        openCase(caseId, user, problems);
        LocalDate on = date(form.on(), "review-reviewOn", problems);
        if (on == null && !problems.containsKey("review-reviewOn")) {
            problems.put("review-reviewOn", "Enter the date of the review");
        }
        String note = blank(form.note()) ? null : form.note().trim();
        refuseIf(problems);
        jdbc.sql("""
                INSERT INTO engagement.plan_review (id, case_id, review_on, note, created_at, created_by)
                VALUES (?, ?, ?, ?, ?, ?)""")
                .params(UUID.randomUUID(), caseId, on, note, Timestamp.from(clock.instant()), user.getUsername()).update();
        audit.changed("case", caseId.toString(), "plan review date added");
    }

    private void insertProgress(UUID goalId, int score, String note, PathwayUser user) {
        jdbc.sql("""
                INSERT INTO engagement.goal_progress (id, goal_id, recorded_on, score, note, recorded_at, recorded_by)
                VALUES (?, ?, ?, ?, ?, ?, ?)""")
                .params(UUID.randomUUID(), goalId, today(), score, note, Timestamp.from(clock.instant()),
                        user.getUsername()).update();
    }

    private void requireGoal(UUID caseId, UUID goalId) {
        if (jdbc.sql("SELECT count(*) FROM engagement.goal WHERE id = ? AND case_id = ?").params(goalId, caseId)
                .query(Long.class).single() == 0) {
            throw NotFound.of("goal", goalId);
        }
    }

    /** Refuses the change with every problem found, each keyed by the id of the input at fault. */
    private static void refuseIf(Map<String, String> problems) {
        if (!problems.isEmpty()) {
            throw new Refusal(problems.entrySet().stream().map(p -> new Refusal.Problem(p.getKey(), p.getValue()))
                    .toList());
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static String text(String value, String field, String message, Map<String, String> problems) {
        if (blank(value)) {
            problems.put(field, message);
            return null;
        }
        if (value.trim().length() > TEXT_MAX) {
            problems.put(field, "Write " + TEXT_MAX + " characters or fewer");
            return null;
        }
        return value.trim();
    }

    private static LocalDate date(DateParts.Outcome typed, String field, Map<String, String> problems) {
        if (!typed.ok()) {
            problems.put(field, typed.message());
        }
        return typed.date().orElse(null);
    }

    private static Integer score(String value, String field, Map<String, String> problems) {
        try {
            int score = Integer.parseInt(value == null ? "" : value.trim());
            if (score >= 1 && score <= 10) {
                return score;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        problems.put(field, "Choose progress from 1 (not started) to 10 (fully there)");
        return null;
    }
}
