package org.pathway.engagement.cases;

import org.pathway.engagement.CaseSummary;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.pathway.engagement.CaseEvents.ContactRecorded;
import org.pathway.engagement.CaseStatus;
import org.pathway.engagement.ContactDepth;
import org.pathway.engagement.ContactMode;
import org.pathway.engagement.KindOfWork;
import org.pathway.engagement.cases.CaseForms.ContactForm;
import org.pathway.engagement.cases.CaseForms.GrantForm;
import org.pathway.engagement.cases.CaseForms.NoteForm;
import org.pathway.engagement.cases.CaseForms.ReallocateForm;
import org.pathway.engagement.cases.CaseForms.ResolveForm;
import org.pathway.engagement.cases.CaseForms.TaskForm;
import org.pathway.governance.Accounts;
import org.pathway.governance.AuditLog;
import org.pathway.governance.PathwayUser;
import org.pathway.governance.Role;
import org.pathway.workforce.OrganisationId;
import org.pathway.workforce.PractitionerRegister;
import org.pathway.workforce.PractitionerRegister.PractitionerSearch;
import org.pathway.workforce.PractitionerRegister.PractitionerSummary;
import org.pathway.workforce.ServiceId;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The work on a case: contacts and attempts, notes and safeguarding concerns, tasks, reallocation and grants.
 * Every method takes the {@link CaseSummary} that {@link CaseAccess#require} built, so the user's scope has been
 * checked (and the view audited) before anything here runs; every change is audited.
 */
@Service
class CaseWork {

    static final int PAGE_SIZE = 25;
    static final int MAX_MINUTES = 600;

    /** An input the case's state or the rules do not allow; {@code field} names the input at fault. */
    static class Refused extends RuntimeException {

        private final String field;

        Refused(String field, String message) {
            super(message);
            this.field = field;
        }

        String field() {
            return field;
        }
    }

    record ContactRow(UUID id, LocalDate occurredOn, boolean successful, ContactMode mode, Integer durationMinutes,
            KindOfWork kind, ContactDepth depth, String note, String overCapReason, String recordedBy) {}

    record NoteRow(UUID id, String body, boolean safeguarding, Instant writtenAt, String writtenBy, Instant resolvedAt,
            String resolvedBy, String resolution) {

        public boolean openConcern() {
            return safeguarding && resolvedAt == null;
        }
    }

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

    record HistoryRow(String kind, Instant at, String by, String fromPractitioner, String toPractitioner,
            String reason) {}

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

    private final JdbcClient jdbc;
    private final CaseRepository records;
    private final CaseFigures figures;
    private final PractitionerRegister practitioners;
    private final ApplicationEventPublisher events;
    private final AuditLog audit;
    private final Accounts accounts;
    private final Clock clock;

    CaseWork(JdbcClient jdbc, CaseRepository records, CaseFigures figures, PractitionerRegister practitioners,
            ApplicationEventPublisher events, AuditLog audit, Accounts accounts, Clock clock) {
        this.jdbc = jdbc;
        this.records = records;
        this.figures = figures;
        this.practitioners = practitioners;
        this.events = events;
        this.audit = audit;
        this.accounts = accounts;
        this.clock = clock;
    }

    LocalDate today() {
        return LocalDate.now(clock.withZone(CaseFigures.ZONE));
    }

    // ---- reads ---------------------------------------------------------------------------------------------

    @Transactional(readOnly = true)
    Delivery delivery(CaseSummary c) {
        LocalDate today = today();
        return jdbc.sql("""
                SELECT contacts_count, failed_attempts_count, session_cap, review_interval_weeks, review_due_on,
                       last_contact_on, next_due_on, next_due_title
                FROM engagement.case_episode WHERE id = :id""")
                .param("id", c.caseId())
                .query((rs, n) -> {
                    LocalDate review = localDate(rs.getDate("review_due_on"));
                    LocalDate due = localDate(rs.getDate("next_due_on"));
                    return new Delivery(rs.getInt("contacts_count"), rs.getInt("failed_attempts_count"),
                            (Integer) rs.getObject("session_cap"), (Integer) rs.getObject("review_interval_weeks"),
                            review, review != null && !review.isAfter(today), localDate(rs.getDate("last_contact_on")),
                            due, rs.getString("next_due_title"), due != null && due.isBefore(today));
                }).single();
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

    @Transactional(readOnly = true)
    List<TaskRow> tasks(CaseSummary c, boolean open) {
        LocalDate today = today();
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

    @Transactional(readOnly = true)
    List<HistoryRow> history(CaseSummary c, PathwayUser user) {
        List<Object[]> raw = jdbc.sql("""
                SELECT kind, changed_at, changed_by, from_practitioner, to_practitioner, reason
                FROM engagement.case_change WHERE case_id = :id ORDER BY changed_at DESC, id DESC""")
                .param("id", c.caseId())
                .query((rs, n) -> new Object[] {rs.getString("kind"), rs.getTimestamp("changed_at").toInstant(),
                        rs.getString("changed_by"), rs.getObject("from_practitioner", UUID.class),
                        rs.getObject("to_practitioner", UUID.class), rs.getString("reason")})
                .list();
        Map<UUID, String> names = practitionerNames(c, user);
        // Who acted, as people read it ("Demo Link worker, Link worker, Kernow Community Connect"), not a username.
        Map<String, Accounts.AccountHolder> holders = accounts.holders(raw.stream().map(r -> (String) r[2])
                .filter(java.util.Objects::nonNull).distinct().toList());
        List<HistoryRow> rows = new ArrayList<>();
        for (Object[] r : raw) {
            Accounts.AccountHolder holder = holders.get((String) r[2]);
            rows.add(new HistoryRow(label((String) r[0]), (Instant) r[1], holder == null ? (String) r[2] : holder.described(),
                    r[3] == null ? null : names.getOrDefault((UUID) r[3], "Another practitioner"),
                    r[4] == null ? null : names.getOrDefault((UUID) r[4], "Another practitioner"), (String) r[5]));
        }
        return rows;
    }

    private static String label(String kind) {
        return switch (kind) {
            case "OPENED" -> "Opened";
            case "CLOSED" -> "Closed";
            case "REOPENED" -> "Reopened";
            case "REALLOCATED" -> "Reallocated";
            case "GRANTED" -> "Given to another link worker";
            default -> "Taken back from another link worker";
        };
    }

    /** The practitioners of the case's service, by name: whom the case can be reallocated or given to. */
    @Transactional(readOnly = true)
    List<PractitionerSummary> servicePractitioners(CaseSummary c, PathwayUser user) {
        return practitioners.search(new PractitionerSearch(new OrganisationId(c.organisationId()),
                new ServiceId(c.serviceId()), null), PageRequest.of(0, 500), user).getContent();
    }

    /** The practitioners of the organisation: whom the case can be given to. */
    @Transactional(readOnly = true)
    List<PractitionerSummary> organisationPractitioners(CaseSummary c, PathwayUser user) {
        return practitioners.search(new PractitionerSearch(new OrganisationId(c.organisationId()), null, null),
                PageRequest.of(0, 500), user).getContent();
    }

    private Map<UUID, String> practitionerNames(CaseSummary c, PathwayUser user) {
        Map<UUID, String> names = new LinkedHashMap<>();
        organisationPractitioners(c, user).forEach(p -> names.put(p.id().value(), p.name()));
        return names;
    }

    record GrantRow(long id, UUID practitionerId, String practitionerName, String reason, Instant grantedAt,
            String grantedBy) {}

    @Transactional(readOnly = true)
    List<GrantRow> grants(CaseSummary c, PathwayUser user) {
        Map<UUID, String> names = practitionerNames(c, user);
        return jdbc.sql("""
                SELECT id, practitioner_id, reason, granted_at, granted_by FROM engagement.case_access_grant
                WHERE case_id = :id AND revoked_at IS NULL ORDER BY granted_at""")
                .param("id", c.caseId())
                .query((rs, n) -> {
                    UUID p = rs.getObject("practitioner_id", UUID.class);
                    return new GrantRow(rs.getLong("id"), p, names.getOrDefault(p, "Another practitioner"),
                            rs.getString("reason"), rs.getTimestamp("granted_at").toInstant(), rs.getString("granted_by"));
                }).list();
    }

    // ---- contacts ------------------------------------------------------------------------------------------

    /** Records a contact or a failed attempt; returns a message for the user. */
    @Transactional
    String recordContact(CaseSummary c, ContactForm form, PathwayUser user) {
        requireOpen(c);
        LocalDate today = today();
        LocalDate on = form.occurred().date()
                .orElseThrow(() -> new Refused("occurredDay", "Enter the date of the contact"));
        if (on.isAfter(today)) {
            throw new Refused("occurredDay", "The date of the contact must be today or in the past");
        }
        if (on.isBefore(c.openedAt().atZone(CaseFigures.ZONE).toLocalDate().minusDays(1))) {
            throw new Refused("occurredDay", "The date of the contact must be after the case was opened");
        }
        ContactMode mode = choice(ContactMode.class, form.mode(), "mode", "Choose how the contact happened");
        LocalDate next = form.next().date().orElse(null);
        if (next != null && next.isBefore(today)) {
            throw new Refused("nextDay", "The next contact must be today or later");
        }
        Integer minutes = null;
        KindOfWork kind = null;
        ContactDepth depth = null;
        String overCapReason = null;
        boolean successful = !form.isAttempt();
        if (successful) {
            if (form.durationMinutes() == null || form.durationMinutes().isBlank()) {
                throw new Refused("durationMinutes", "Enter how many minutes the contact took");
            }
            minutes = Integer.parseInt(form.durationMinutes());
            if (minutes < 1 || minutes > MAX_MINUTES) {
                throw new Refused("durationMinutes", "The duration must be between 1 and " + MAX_MINUTES + " minutes");
            }
            kind = choice(KindOfWork.class, form.kindOfWork(), "kindOfWork", "Choose the kind of work");
            depth = choice(ContactDepth.class, form.depth(), "depth", "Choose how deep the work went");
            Delivery d = delivery(c);
            if (d.capReached()) {
                if (form.overCapReason() == null || form.overCapReason().isBlank()) {
                    throw new Refused("overCapReason", "This service offers " + d.sessionCap()
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
                .param("note", blankToNull(form.note())).param("reason", overCapReason)
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

    // ---- notes ---------------------------------------------------------------------------------------------

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
            throw new Refused(null, "This concern has already been resolved");
        }
        figures.refresh(c.caseId());
        audit.changed("case", c.caseId().toString(), "safeguarding concern resolved");
        return "Safeguarding concern resolved";
    }

    // ---- tasks ---------------------------------------------------------------------------------------------

    @Transactional
    String addTask(CaseSummary c, TaskForm form, PathwayUser user) {
        requireOpen(c);
        String kind = switch (form.kind()) {
            case "NEXT_CONTACT", "REVIEW", "OTHER" -> form.kind();
            default -> throw new Refused("kind", "Choose what kind of task it is");
        };
        LocalDate due = form.due().date().orElseThrow(() -> new Refused("dueDay", "Enter the date it is due"));
        if (due.isBefore(today())) {
            throw new Refused("dueDay", "The due date must be today or later");
        }
        String title = form.title() == null || form.title().isBlank() ? null : form.title().strip();
        if (title == null) {
            if (kind.equals("OTHER")) {
                throw new Refused("title", "Describe the task");
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
                .param("at", Timestamp.from(now)).param("by", user.getUsername()).param("id", taskId)
                .param("case", c.caseId()).query(String.class).optional()
                .orElseThrow(() -> new Refused(null, "This task has already been completed"));
        String message = "Task completed";
        if (kind.equals("REVIEW") && c.open()) {
            Integer weeks = delivery(c).reviewIntervalWeeks();
            if (weeks != null) {
                LocalDate next = today().plusWeeks(weeks);
                figures.addTask(c.caseId(), "REVIEW", "Review the support", next, now, user.getUsername());
                message = "Review done: the next is due " + next;
            }
        }
        figures.refresh(c.caseId());
        audit.changed("case", c.caseId().toString(), "task completed");
        return message;
    }

    // ---- reallocation and grants ----------------------------------------------------------------------------

    @Transactional
    String reallocate(CaseSummary c, ReallocateForm form, PathwayUser user) {
        requireManagerOf(c, user);
        UUID to = practitionerId(form.practitioner(), "practitioner");
        PractitionerSummary target = servicePractitioners(c, user).stream().filter(p -> p.id().value().equals(to))
                .findFirst().orElseThrow(() -> new Refused("practitioner", "Choose one of the service's practitioners"));
        Case aggregate = records.findById(c.caseId()).orElseThrow(CaseNotFound::new);
        try {
            aggregate.reallocate(to, form.reason(), clock.instant(), user.getUsername());
        } catch (IllegalStateException refused) {
            throw new Refused("practitioner", refused.getMessage());
        }
        records.save(aggregate);
        audit.changed("case", c.caseId().toString(), "reallocated");
        return "Case reallocated to " + target.name();
    }

    @Transactional
    String grant(CaseSummary c, GrantForm form, PathwayUser user) {
        requireManagerOf(c, user);
        UUID to = practitionerId(form.grantee(), "grantee");
        PractitionerSummary target = organisationPractitioners(c, user).stream()
                .filter(p -> p.id().value().equals(to)).findFirst()
                .orElseThrow(() -> new Refused("grantee", "Choose one of your organisation's practitioners"));
        if (to.equals(c.practitionerId())) {
            throw new Refused("grantee", "The case is already allocated to " + target.name());
        }
        boolean already = jdbc.sql("""
                SELECT count(*) > 0 FROM engagement.case_access_grant
                WHERE case_id = :case AND practitioner_id = :p AND revoked_at IS NULL""")
                .param("case", c.caseId()).param("p", to).query(Boolean.class).single();
        if (already) {
            throw new Refused("grantee", "The case has already been given to " + target.name());
        }
        Instant now = clock.instant();
        jdbc.sql("""
                INSERT INTO engagement.case_access_grant (case_id, practitioner_id, reason, granted_at, granted_by)
                VALUES (:case, :p, :reason, :at, :by)""")
                .param("case", c.caseId()).param("p", to).param("reason", form.grantReason().strip())
                .param("at", Timestamp.from(now)).param("by", user.getUsername()).update();
        Case aggregate = records.findById(c.caseId()).orElseThrow(CaseNotFound::new);
        aggregate.recordGrant(true, to, form.grantReason().strip(), now, user.getUsername());
        records.save(aggregate);
        audit.changed("case", c.caseId().toString(), "given to another link worker");
        return "Case given to " + target.name();
    }

    @Transactional
    String revoke(CaseSummary c, long grantId, PathwayUser user) {
        requireManagerOf(c, user);
        Instant now = clock.instant();
        UUID practitioner = jdbc.sql("""
                UPDATE engagement.case_access_grant SET revoked_at = :at, revoked_by = :by
                WHERE id = :id AND case_id = :case AND revoked_at IS NULL RETURNING practitioner_id""")
                .param("at", Timestamp.from(now)).param("by", user.getUsername()).param("id", grantId)
                .param("case", c.caseId()).query(UUID.class).optional()
                .orElseThrow(() -> new Refused(null, "That link worker no longer has the case"));
        Case aggregate = records.findById(c.caseId()).orElseThrow(CaseNotFound::new);
        aggregate.recordGrant(false, practitioner, null, now, user.getUsername());
        records.save(aggregate);
        audit.changed("case", c.caseId().toString(), "taken back from another link worker");
        return "Case taken back";
    }

    // ---- helpers -------------------------------------------------------------------------------------------

    private static void requireManagerOf(CaseSummary c, PathwayUser user) {
        if (user.role() != Role.SERVICE_MANAGER || !c.organisationId().equals(user.organisationId())) {
            throw new CaseNotFound();
        }
    }

    private static void requireOpen(CaseSummary c) {
        if (c.status() != CaseStatus.OPEN) {
            throw new Refused(null, "This case is closed: reopen it to record more work");
        }
    }

    private static UUID practitionerId(String value, String field) {
        try {
            return UUID.fromString(value.strip());
        } catch (RuntimeException unreadable) {
            throw new Refused(field, "Choose a practitioner from the list");
        }
    }

    private static <E extends Enum<E>> E choice(Class<E> type, String value, String field, String message) {
        try {
            return Enum.valueOf(type, value);
        } catch (RuntimeException unknown) {
            throw new Refused(field, message);
        }
    }

    private static <E extends Enum<E>> E enumOrNull(Class<E> type, String value) {
        return value == null ? null : Enum.valueOf(type, value);
    }

    private static LocalDate localDate(java.sql.Date d) {
        return d == null ? null : d.toLocalDate();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
