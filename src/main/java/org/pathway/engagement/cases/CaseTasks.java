package org.pathway.engagement.cases;

import org.pathway.platform.Refusal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.pathway.engagement.CaseSummary;
import org.pathway.engagement.cases.CaseForms.TaskForm;
import org.pathway.governance.AuditLog;
import org.pathway.governance.PathwayUser;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A case's tasks and reminders (the next contact, the review, anything else): the lists, adding one and completing
 * one; completing a review sets the next at the service's interval. Every method takes the {@link CaseSummary} that
 * {@link CaseAccess#require} built; every change is audited.
 */
@Service
class CaseTasks {

    record TaskRow(UUID id, String kind, String title, LocalDate dueOn, boolean overdue, Instant completedAt,
            String completedBy, String cancelledNote) {

        public String kindLabel() {
            return switch (kind) {
                case "NEXT_CONTACT" -> "Next contact";
                case "REVIEW" -> "Review";
                default -> "Other";
            };
        }
    }

    private final JdbcClient jdbc;
    private final CaseFigures figures;
    private final AuditLog audit;
    private final Clock clock;

    CaseTasks(JdbcClient jdbc, CaseFigures figures, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.figures = figures;
        this.audit = audit;
        this.clock = clock;
    }

    /** The open tasks by due date, or the latest 25 done. */
    @Transactional(readOnly = true)
    List<TaskRow> tasks(CaseSummary c, boolean open) {
        LocalDate today = figures.today();
        String where = open ? "completed_at IS NULL ORDER BY due_on, created_at"
                : "completed_at IS NOT NULL ORDER BY completed_at DESC LIMIT 25";
        return jdbc.sql("""
                SELECT id, kind, title, due_on, completed_at, completed_by, cancelled_note FROM engagement.case_task
                WHERE case_id = :id AND """ + " " + where)
                .param("id", c.caseId())
                .query((rs, n) -> {
                    LocalDate due = rs.getDate("due_on").toLocalDate();
                    Instant done = CaseAccess.instant(rs.getTimestamp("completed_at"));
                    return new TaskRow(rs.getObject("id", UUID.class), rs.getString("kind"), rs.getString("title"), due,
                            done == null && due.isBefore(today), done, rs.getString("completed_by"),
                            rs.getString("cancelled_note"));
                }).list();
    }

    @Transactional
    String addTask(CaseSummary c, TaskForm form, PathwayUser user) {
        CaseAccess.requireOpen(c);
        String kind = switch (form.kind()) {
            case "NEXT_CONTACT", "REVIEW", "OTHER" -> form.kind();
            default -> throw Refusal.of("kind", "Choose what kind of task it is");
        };
        LocalDate due = form.due().date().orElseThrow(() -> Refusal.of("dueDay", "Enter the date it is due"));
        if (due.isBefore(figures.today())) {
            throw Refusal.of("dueDay", "The due date must be today or later");
        }
        String title = form.title() == null || form.title().isBlank() ? null : form.title().strip();
        if (title == null) {
            if (kind.equals("OTHER")) {
                throw Refusal.of("title", "Describe the task");
            }
            title = kind.equals("REVIEW") ? "Review the support" : "Next contact";
        }
        figures.addTask(c.caseId(), kind, title, due, clock.instant(), user.getUsername());
        figures.refresh(c.caseId());
        audit.changed("case", c.caseId().toString(), "task added");
        return "Task added: due " + due;
    }

    @Transactional
    String completeTask(CaseSummary c, UUID taskId, PathwayUser user) {
        Instant now = clock.instant();
        String kind = jdbc.sql("""
                UPDATE engagement.case_task SET completed_at = :at, completed_by = :by
                WHERE id = :id AND case_id = :case AND completed_at IS NULL RETURNING kind""")
                .param("at", java.sql.Timestamp.from(now)).param("by", user.getUsername()).param("id", taskId)
                .param("case", c.caseId()).query(String.class).optional()
                .orElseThrow(() -> Refusal.because("This task has already been completed"));
        String message = "Task completed";
        if (kind.equals("REVIEW") && c.open()) {
            Integer weeks = figures.delivery(c.caseId()).reviewIntervalWeeks();
            if (weeks != null) {
                LocalDate next = figures.today().plusWeeks(weeks);
                figures.addTask(c.caseId(), "REVIEW", "Review the support", next, now, user.getUsername());
                message = "Review done: the next is due " + next;
            }
        }
        figures.refresh(c.caseId());
        audit.changed("case", c.caseId().toString(), "task completed");
        return message;
    }
}
