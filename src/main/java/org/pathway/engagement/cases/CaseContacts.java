package org.pathway.engagement.cases;

import org.pathway.platform.UkTime;
import org.pathway.platform.Text;
import org.pathway.platform.Refusal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.pathway.engagement.CaseEvents.ContactRecorded;
import org.pathway.engagement.CaseSummary;
import org.pathway.engagement.ContactDepth;
import org.pathway.engagement.ContactMode;
import org.pathway.engagement.KindOfWork;
import org.pathway.engagement.cases.CaseForms.ContactForm;
import org.pathway.governance.AuditLog;
import org.pathway.governance.PathwayUser;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A case's contacts with the person and the attempts that did not reach them: the list, and recording one (checked
 * against the dates, the case being open and the service's session cap). Every method takes the
 * {@link CaseSummary} that {@link CaseAccess#require} built, so the user's scope has been checked; every change is
 * audited and announced ({@link ContactRecorded}).
 */
@Service
class CaseContacts {

    static final int PAGE_SIZE = 25;
    static final int MAX_MINUTES = 600;

    record ContactRow(UUID id, LocalDate occurredOn, boolean successful, ContactMode mode, Integer durationMinutes,
            KindOfWork kind, ContactDepth depth, String note, String overCapReason, String recordedBy) {}

    private final JdbcClient jdbc;
    private final CaseFigures figures;
    private final ApplicationEventPublisher events;
    private final AuditLog audit;
    private final Clock clock;

    CaseContacts(JdbcClient jdbc, CaseFigures figures, ApplicationEventPublisher events, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.figures = figures;
        this.events = events;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    Page<ContactRow> contacts(CaseSummary c, int page, int size) {
        long total = jdbc.sql("SELECT count(*) FROM engagement.contact WHERE case_id = :id").param("id", c.caseId())
                .query(Long.class).single();
        List<ContactRow> rows = jdbc.sql("""
                SELECT id, occurred_on, successful, mode, duration_minutes, kind_of_work, depth, note, over_cap_reason,
                       recorded_by
                FROM engagement.contact WHERE case_id = :id
                ORDER BY occurred_on DESC, recorded_at DESC, id LIMIT :limit OFFSET :offset""")
                .param("id", c.caseId()).param("limit", size).param("offset", (long) Math.max(0, page) * size)
                .query((rs, n) -> new ContactRow(rs.getObject("id", UUID.class), rs.getDate("occurred_on").toLocalDate(),
                        rs.getBoolean("successful"), ContactMode.valueOf(rs.getString("mode")),
                        (Integer) rs.getObject("duration_minutes"), enumOrNull(KindOfWork.class, rs.getString("kind_of_work")),
                        enumOrNull(ContactDepth.class, rs.getString("depth")), rs.getString("note"),
                        rs.getString("over_cap_reason"), rs.getString("recorded_by")))
                .list();
        return new PageImpl<>(rows, PageRequest.of(Math.max(0, page), size), total);
    }

    /** Records a contact or a failed attempt; returns a message for the user. */
    @Transactional
    String recordContact(CaseSummary c, ContactForm form, PathwayUser user) {
        CaseAccess.requireOpen(c);
        LocalDate today = figures.today();
        LocalDate on = form.occurred().date()
                .orElseThrow(() -> Refusal.of("occurredDay", "Enter the date of the contact"));
        if (on.isAfter(today)) {
            throw Refusal.of("occurredDay", "The date of the contact must be today or in the past");
        }
        if (on.isBefore(c.openedAt().atZone(UkTime.ZONE).toLocalDate().minusDays(1))) {
            throw Refusal.of("occurredDay", "The date of the contact must be after the case was opened");
        }
        ContactMode mode = choice(ContactMode.class, form.mode(), "mode", "Choose how the contact happened");
        LocalDate next = form.next().date().orElse(null);
        if (next != null && next.isBefore(today)) {
            throw Refusal.of("nextDay", "The next contact must be today or later");
        }
        Integer minutes = null;
        KindOfWork kind = null;
        ContactDepth depth = null;
        String overCapReason = null;
        boolean successful = !form.isAttempt();
        if (successful) {
            if (form.durationMinutes() == null || form.durationMinutes().isBlank()) {
                throw Refusal.of("durationMinutes", "Enter how many minutes the contact took");
            }
            minutes = Integer.parseInt(form.durationMinutes());
            if (minutes < 1 || minutes > MAX_MINUTES) {
                throw Refusal.of("durationMinutes", "The duration must be between 1 and " + MAX_MINUTES + " minutes");
            }
            kind = choice(KindOfWork.class, form.kindOfWork(), "kindOfWork", "Choose the kind of work");
            depth = choice(ContactDepth.class, form.depth(), "depth", "Choose how deep the work went");
            CaseFigures.Delivery d = figures.delivery(c.caseId());
            if (d.capReached()) {
                if (form.overCapReason() == null || form.overCapReason().isBlank()) {
                    throw Refusal.of("overCapReason", "This service offers " + d.sessionCap()
                            + " sessions and they have all been used: give the reason for another one");
                }
                overCapReason = form.overCapReason().strip();
            }
        }
        UUID id = UUID.randomUUID();
        Instant now = clock.instant();
        jdbc.sql("""
                INSERT INTO engagement.contact (id, case_id, occurred_on, successful, mode, duration_minutes,
                    kind_of_work, depth, note, over_cap_reason, recorded_at, recorded_by)
                VALUES (:id, :case, :on, :ok, :mode, :minutes, :kind, :depth, :note, :reason, :at, :by)""")
                .param("id", id).param("case", c.caseId()).param("on", on).param("ok", successful)
                .param("mode", mode.name()).param("minutes", minutes)
                .param("kind", kind == null ? null : kind.name()).param("depth", depth == null ? null : depth.name())
                .param("note", Text.blankToNull(form.note())).param("reason", overCapReason)
                .param("at", Timestamp.from(now)).param("by", user.getUsername()).update();
        if (successful) {
            jdbc.sql("""
                    UPDATE engagement.case_task SET completed_at = :at, completed_by = :by
                    WHERE case_id = :case AND kind = 'NEXT_CONTACT' AND completed_at IS NULL""")
                    .param("at", Timestamp.from(now)).param("by", user.getUsername()).param("case", c.caseId()).update();
        }
        if (next != null) {
            figures.addTask(c.caseId(), "NEXT_CONTACT", "Next contact", next, now, user.getUsername());
        }
        figures.refresh(c.caseId());
        events.publishEvent(new ContactRecorded(c.caseId(), id, c.serviceId(), c.practitionerId(), on, successful, mode,
                minutes, kind, depth, now, user.getUsername()));
        audit.changed("case", c.caseId().toString(), successful ? "contact recorded" : "failed contact attempt recorded");
        return successful ? "Contact recorded" : "Attempt to make contact recorded";
    }

    private static <E extends Enum<E>> E choice(Class<E> type, String value, String field, String message) {
        try {
            return Enum.valueOf(type, value);
        } catch (RuntimeException unknown) {
            throw Refusal.of(field, message);
        }
    }

    private static <E extends Enum<E>> E enumOrNull(Class<E> type, String value) {
        return value == null ? null : Enum.valueOf(type, value);
    }
}
