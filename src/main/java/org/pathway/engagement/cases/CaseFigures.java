package org.pathway.engagement.cases;

import org.pathway.platform.UkTime;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps the figures the caseload shows on the case row (contacts and attempts, the last contact, what is due next,
 * when the review is due, open safeguarding concerns), recomputed from the case's own contacts, tasks and notes
 * whenever one of them changes. The caseload then reads one row per case and never aggregates contacts; a case's
 * pages read them back as its {@link Delivery}.
 */
@Component
class CaseFigures {

    /** A first contact is due this many days after the case opens (two for an urgent referral). */
    static final int FIRST_CONTACT_DAYS = 7;

    private final JdbcClient jdbc;
    private final Clock clock;

    CaseFigures(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Today in the UK, the day contacts and tasks are dated against. */
    LocalDate today() {
        return UkTime.today(clock);
    }

    /** The delivery model's figures for the case: sessions against a cap, or the review that is due. */
    record Delivery(int contacts, int failedAttempts, Integer sessionCap, Integer reviewIntervalWeeks,
            LocalDate reviewDueOn, boolean reviewDue, LocalDate lastContactOn, LocalDate nextDueOn, String nextDueTitle,
            boolean overdue) {

        public boolean transactional() {
            return sessionCap != null;
        }

        public boolean atLastSession() {
            return sessionCap != null && contacts == sessionCap - 1;
        }

        public boolean capReached() {
            return sessionCap != null && contacts >= sessionCap;
        }
    }

    @Transactional(readOnly = true)
    Delivery delivery(UUID caseId) {
        LocalDate today = today();
        return jdbc.sql("""
                SELECT contacts_count, failed_attempts_count, session_cap, review_interval_weeks, review_due_on,
                       last_contact_on, next_due_on, next_due_title
                FROM engagement.case_episode WHERE id = :id""")
                .param("id", caseId)
                .query((rs, n) -> {
                    LocalDate review = localDate(rs.getDate("review_due_on"));
                    LocalDate due = localDate(rs.getDate("next_due_on"));
                    return new Delivery(rs.getInt("contacts_count"), rs.getInt("failed_attempts_count"),
                            (Integer) rs.getObject("session_cap"), (Integer) rs.getObject("review_interval_weeks"),
                            review, review != null && !review.isAfter(today), localDate(rs.getDate("last_contact_on")),
                            due, rs.getString("next_due_title"), due != null && due.isBefore(today));
                }).single();
    }

    private static LocalDate localDate(java.sql.Date d) {
        return d == null ? null : d.toLocalDate();
    }

    /** The reminders a new case starts with: the first contact, and the first review for a relational service. */
    void firstTasks(Case c, Instant at, String by) {
        LocalDate opened = at.atZone(UkTime.ZONE).toLocalDate();
        addTask(c.id(), "NEXT_CONTACT", "First contact", opened.plusDays(c.urgent() ? 2 : FIRST_CONTACT_DAYS), at, by);
        if (c.reviewIntervalWeeks() != null) {
            addTask(c.id(), "REVIEW", "Review the support", opened.plusWeeks(c.reviewIntervalWeeks()), at, by);
        }
        refresh(c.id());
    }

    UUID addTask(UUID caseId, String kind, String title, LocalDate due, Instant at, String by) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO engagement.case_task (id, case_id, kind, title, due_on, created_at, created_by)
                VALUES (:id, :case, :kind, :title, :due, :at, :by)""")
                .param("id", id).param("case", caseId).param("kind", kind).param("title", title).param("due", due)
                .param("at", Timestamp.from(at)).param("by", by).update();
        return id;
    }

    /**
     * Cancels the tasks and reminders still open on a case, with a note saying why (its closure); they count as done
     * from then on, so nothing shows as due on the case. Returns how many were cancelled.
     */
    int cancelOpenTasks(UUID caseId, String note, Instant at, String by) {
        return jdbc.sql("""
                UPDATE engagement.case_task SET completed_at = :at, completed_by = :by, cancelled_note = :note
                WHERE case_id = :case AND completed_at IS NULL""")
                .param("at", Timestamp.from(at)).param("by", by).param("note", note).param("case", caseId).update();
    }

    /** Recomputes the case row's figures from the case's contacts, tasks and notes. */
    void refresh(UUID caseId) {
        jdbc.sql("""
                UPDATE engagement.case_episode c SET
                  contacts_count = f.contacts, failed_attempts_count = f.failed, last_contact_on = f.last_contact,
                  next_due_on = t.due_on, next_due_title = t.title, review_due_on = r.due_on,
                  open_safeguarding = s.concerns
                FROM (SELECT count(*) FILTER (WHERE successful) AS contacts,
                             count(*) FILTER (WHERE NOT successful) AS failed,
                             max(occurred_on) FILTER (WHERE successful) AS last_contact
                      FROM engagement.contact WHERE case_id = :case) f,
                     LATERAL (SELECT max(due_on) AS due_on, max(title) AS title FROM (
                         SELECT due_on, title FROM engagement.case_task
                         WHERE case_id = :case AND completed_at IS NULL ORDER BY due_on, created_at LIMIT 1) x) t,
                     (SELECT min(due_on) AS due_on FROM engagement.case_task
                      WHERE case_id = :case AND completed_at IS NULL AND kind = 'REVIEW') r,
                     (SELECT count(*) AS concerns FROM engagement.case_note
                      WHERE case_id = :case AND safeguarding AND resolved_at IS NULL) s
                WHERE c.id = :case""")
                .param("case", caseId).update();
    }
}
