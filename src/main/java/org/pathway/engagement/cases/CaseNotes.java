package org.pathway.engagement.cases;

import org.pathway.platform.Refusal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.pathway.engagement.CaseSummary;
import org.pathway.engagement.cases.CaseForms.NoteForm;
import org.pathway.engagement.cases.CaseForms.ResolveForm;
import org.pathway.governance.AuditLog;
import org.pathway.governance.PathwayUser;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A case's notes, and the safeguarding concerns among them: open until resolved, counted on the case row so the
 * manager's caseload shows them. Every method takes the {@link CaseSummary} that {@link CaseAccess#require} built;
 * every change is audited.
 */
@Service
class CaseNotes {

    record NoteRow(UUID id, String body, boolean safeguarding, Instant writtenAt, String writtenBy, Instant resolvedAt,
            String resolvedBy, String resolution) {

        public boolean openConcern() {
            return safeguarding && resolvedAt == null;
        }
    }

    private final JdbcClient jdbc;
    private final CaseFigures figures;
    private final AuditLog audit;
    private final Clock clock;

    CaseNotes(JdbcClient jdbc, CaseFigures figures, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.figures = figures;
        this.audit = audit;
        this.clock = clock;
    }

    /** The notes newest first, or only the open safeguarding concerns. */
    @Transactional(readOnly = true)
    Page<NoteRow> notes(CaseSummary c, boolean openConcernsOnly, int page, int size) {
        String filter = openConcernsOnly ? " AND safeguarding AND resolved_at IS NULL" : "";
        long total = jdbc.sql("SELECT count(*) FROM engagement.case_note WHERE case_id = :id" + filter)
                .param("id", c.caseId()).query(Long.class).single();
        List<NoteRow> rows = jdbc.sql("""
                SELECT id, body, safeguarding, written_at, written_by, resolved_at, resolved_by, resolution_note
                FROM engagement.case_note WHERE case_id = :id%s
                ORDER BY written_at DESC, id LIMIT :limit OFFSET :offset""".formatted(filter))
                .param("id", c.caseId()).param("limit", size).param("offset", (long) Math.max(0, page) * size)
                .query((rs, n) -> new NoteRow(rs.getObject("id", UUID.class), rs.getString("body"),
                        rs.getBoolean("safeguarding"), rs.getTimestamp("written_at").toInstant(),
                        rs.getString("written_by"), CaseAccess.instant(rs.getTimestamp("resolved_at")),
                        rs.getString("resolved_by"), rs.getString("resolution_note")))
                .list();
        return new PageImpl<>(rows, PageRequest.of(Math.max(0, page), size), total);
    }

    @Transactional
    String addNote(CaseSummary c, NoteForm form, PathwayUser user) {
        jdbc.sql("""
                INSERT INTO engagement.case_note (id, case_id, body, safeguarding, written_at, written_by)
                VALUES (:id, :case, :body, :safeguarding, :at, :by)""")
                .param("id", UUID.randomUUID()).param("case", c.caseId()).param("body", form.body().strip())
                .param("safeguarding", form.isSafeguarding()).param("at", Timestamp.from(clock.instant()))
                .param("by", user.getUsername()).update();
        if (form.isSafeguarding()) {
            figures.refresh(c.caseId());
        }
        audit.changed("case", c.caseId().toString(), form.isSafeguarding() ? "safeguarding concern raised" : "note added");
        return form.isSafeguarding() ? "Safeguarding concern recorded: your manager can see it until it is resolved"
                : "Note added";
    }

    @Transactional
    String resolveConcern(CaseSummary c, UUID noteId, ResolveForm form, PathwayUser user) {
        int changed = jdbc.sql("""
                UPDATE engagement.case_note SET resolved_at = :at, resolved_by = :by, resolution_note = :note
                WHERE id = :id AND case_id = :case AND safeguarding AND resolved_at IS NULL""")
                .param("at", Timestamp.from(clock.instant())).param("by", user.getUsername())
                .param("note", form.resolution().strip()).param("id", noteId).param("case", c.caseId()).update();
        if (changed == 0) {
            throw Refusal.because("This concern has already been resolved");
        }
        figures.refresh(c.caseId());
        audit.changed("case", c.caseId().toString(), "safeguarding concern resolved");
        return "Safeguarding concern resolved";
    }
}
