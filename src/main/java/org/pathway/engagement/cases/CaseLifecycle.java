package org.pathway.engagement.cases;

import org.pathway.platform.UkTime;
import org.pathway.platform.NotFound;
import org.pathway.platform.Refusal;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import org.pathway.engagement.CaseStatus;
import org.pathway.engagement.Cases;
import org.pathway.engagement.ClosureReason;
import org.pathway.governance.AuditLog;
import org.pathway.governance.PathwayUser;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Closing and reopening a case, for the user who may work it (scoped as {@link CaseAccess}). The one type of this
 * package another feature uses: the closure page closes cases through it. Refusals are
 * {@link Refusal}s in the user's words; a case out of scope is {@link NotFound}.
 */
@Service
public class CaseLifecycle {

    private final CaseAccess access;
    private final CaseRepository cases;
    private final AuditLog audit;
    private final Clock clock;
    private final CaseFigures figures;
    private final JdbcClient jdbc;

    CaseLifecycle(CaseAccess access, CaseRepository cases, AuditLog audit, Clock clock, CaseFigures figures,
            JdbcClient jdbc) {
        this.access = access;
        this.cases = cases;
        this.audit = audit;
        this.clock = clock;
        this.figures = figures;
        this.jdbc = jdbc;
    }

    /**
     * Whether a case may close as "Unable to contact" (decision 0018): only after at least {@value #ATTEMPTS} failed
     * attempts to reach the person, on at least {@value #DAYS} different days, since the last contact that reached
     * them. These are the failed attempts since the last successful contact, and on how many days they were made.
     */
    public record UnansweredAttempts(int attempts, int days) {

        public static final int ATTEMPTS = 3;
        public static final int DAYS = 2;

        public boolean enough() {
            return attempts >= ATTEMPTS && days >= DAYS;
        }

        /** Why "Unable to contact" cannot be chosen yet, in words for the link worker. */
        public String refusal() {
            return "Record at least " + ATTEMPTS + " attempts to contact the person, on at least " + DAYS
                    + " different days, before closing as unable to contact (" + attempts
                    + (attempts == 1 ? " attempt" : " attempts") + " on " + days + (days == 1 ? " day" : " days")
                    + " since the last contact so far)";
        }
    }

    /** The failed attempts to reach the person since the last contact that reached them, for a caller in scope. */
    @Transactional(readOnly = true)
    public UnansweredAttempts unansweredAttempts(UUID caseId) {
        return jdbc.sql("""
                SELECT count(*) AS attempts, count(DISTINCT occurred_on) AS days FROM engagement.contact a
                WHERE a.case_id = :case AND NOT a.successful
                  AND a.occurred_on > coalesce((SELECT max(occurred_on) FROM engagement.contact
                                                WHERE case_id = :case AND successful), '-infinity'::date)""")
                .param("case", caseId)
                .query((rs, n) -> new UnansweredAttempts(rs.getInt("attempts"), rs.getInt("days"))).single();
    }

    /**
     * Closes the case with a reason (and an optional note), cancelling its open tasks and reminders; refused when it
     * is not open, and "Unable to contact" refused until enough attempts are recorded ({@link UnansweredAttempts}).
     * Returns how many tasks were cancelled. A refusal comes before anything is written, so it leaves a caller's
     * transaction usable (the closure page shows the refusal rather than failing).
     */
    @PreAuthorize(Cases.WORK)
    @Transactional(noRollbackFor = Refusal.class)
    public int close(UUID caseId, ClosureReason reason, String note, PathwayUser user) {
        Case c = load(caseId, user);
        if (reason == ClosureReason.UNABLE_TO_CONTACT && c.status() == CaseStatus.OPEN) {
            UnansweredAttempts unanswered = unansweredAttempts(caseId);
            if (!unanswered.enough()) {
                throw Refusal.of("reason", unanswered.refusal());
            }
        }
        Instant now = clock.instant();
        c.close(reason, note, now, user.getUsername());
        cases.save(c);
        int cancelled = figures.cancelOpenTasks(caseId, "Cancelled: the case closed (" + reason.label() + ")", now,
                user.getUsername());
        figures.refresh(caseId);
        audit.changed("case", caseId.toString(), "closed: " + reason.name());
        return cancelled;
    }

    /** Reopens a closed case with the reason the work starts again. */
    @PreAuthorize(Cases.WORK)
    @Transactional
    void reopen(UUID caseId, String reason, PathwayUser user) {
        Case c = load(caseId, user);
        Instant now = clock.instant();
        c.reopen(reason, now, user.getUsername());
        cases.save(c);
        figures.addTask(caseId, "NEXT_CONTACT", "Contact after reopening",
                now.atZone(UkTime.ZONE).toLocalDate().plusDays(CaseFigures.FIRST_CONTACT_DAYS), now,
                user.getUsername());
        figures.refresh(caseId);
        audit.changed("case", caseId.toString(), "reopened");
    }

    Case load(UUID caseId, PathwayUser user) {
        if (access.find(caseId, user).isEmpty()) {
            throw NotFound.of("case", caseId);
        }
        return cases.findById(caseId).orElseThrow(() -> NotFound.of("case", caseId));
    }
}
