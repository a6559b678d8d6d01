package org.pathway.engagement.cases;

import java.time.Clock;
import java.util.UUID;
import org.pathway.engagement.CaseStatus;
import org.pathway.engagement.ClosureReason;
import org.pathway.governance.AuditLog;
import org.pathway.governance.PathwayUser;
import org.pathway.governance.Permissions;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Closing and reopening a case, for the user who may work it (scoped as {@link CaseAccess}). Refusals are
 * {@link IllegalStateException}s whose message can be shown to the user; a case out of scope is
 * {@link CaseNotFound}.
 */
@Service
public class CaseLifecycle {

    public static final String WORK = "hasAuthority('" + Permissions.CASES_WORK + "')";
    public static final String MANAGE = "hasAuthority('" + Permissions.CASES_MANAGE + "')";

    private final CaseAccess access;
    private final CaseRecords records;
    private final AuditLog audit;
    private final Clock clock;
    private final CaseFigures figures;
    private final ContactAttempts attempts;

    CaseLifecycle(CaseAccess access, CaseRecords records, AuditLog audit, Clock clock, CaseFigures figures,
            ContactAttempts attempts) {
        this.figures = figures;
        this.attempts = attempts;
        this.access = access;
        this.records = records;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Closes the case with a reason (and an optional note), cancelling its open tasks and reminders; refused when it
     * is not open, and "Unable to contact" refused until enough attempts are recorded ({@link ContactAttempts}).
     * Returns how many tasks were cancelled. A refusal comes before anything is written, so it leaves a caller's
     * transaction usable (the closure page shows the refusal rather than failing).
     */
    @PreAuthorize(WORK)
    @Transactional(noRollbackFor = IllegalStateException.class)
    public int close(UUID caseId, ClosureReason reason, String note, PathwayUser user) {
        Case c = load(caseId, user);
        if (reason == ClosureReason.UNABLE_TO_CONTACT && c.status() == CaseStatus.OPEN) {
            ContactAttempts.Unanswered unanswered = attempts.unanswered(caseId);
            if (!unanswered.enough()) {
                throw new IllegalStateException(unanswered.refusal());
            }
        }
        java.time.Instant now = clock.instant();
        c.close(reason, note, now, user.getUsername());
        records.save(c);
        int cancelled = figures.cancelOpenTasks(caseId, "Cancelled: the case closed (" + reason.label() + ")", now,
                user.getUsername());
        figures.refresh(caseId);
        audit.changed("case", caseId.toString(), "closed: " + reason.name());
        return cancelled;
    }

    /** Reopens a closed case with the reason the work starts again. */
    @PreAuthorize(WORK)
    @Transactional
    public void reopen(UUID caseId, String reason, PathwayUser user) {
        Case c = load(caseId, user);
        java.time.Instant now = clock.instant();
        c.reopen(reason, now, user.getUsername());
        records.save(c);
        figures.addTask(caseId, "NEXT_CONTACT", "Contact after reopening",
                now.atZone(CaseFigures.ZONE).toLocalDate().plusDays(CaseFigures.FIRST_CONTACT_DAYS), now,
                user.getUsername());
        figures.refresh(caseId);
        audit.changed("case", caseId.toString(), "reopened");
    }

    Case load(UUID caseId, PathwayUser user) {
        if (access.find(caseId, user).isEmpty()) {
            throw new CaseNotFound();
        }
        return records.findById(caseId).orElseThrow(CaseNotFound::new);
    }
}
