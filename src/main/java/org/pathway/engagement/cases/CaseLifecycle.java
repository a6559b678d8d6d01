package org.pathway.engagement.cases;

import java.time.Clock;
import java.util.UUID;
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

    CaseLifecycle(CaseAccess access, CaseRecords records, AuditLog audit, Clock clock, CaseFigures figures) {
        this.figures = figures;
        this.access = access;
        this.records = records;
        this.audit = audit;
        this.clock = clock;
    }

    /** Closes the case with a reason (and an optional note); refused when it is not open. */
    @PreAuthorize(WORK)
    @Transactional
    public void close(UUID caseId, ClosureReason reason, String note, PathwayUser user) {
        Case c = load(caseId, user);
        c.close(reason, note, clock.instant(), user.getUsername());
        records.save(c);
        audit.changed("case", caseId.toString(), "closed: " + reason.name());
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
