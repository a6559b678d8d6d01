package org.pathway.governance.audit;

import java.util.List;
import java.util.Optional;
import org.pathway.governance.AuditLog;
import org.pathway.governance.Permissions;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;

/**
 * What an administrator does with the audit log: search it (which is itself audited) and check that
 * the hash chain is intact. Needs {@link Permissions#AUDIT_READ} whatever the URL rules say.
 */
@Service
@PreAuthorize("hasAuthority('" + Permissions.AUDIT_READ + "')")
class AuditLogAdministration {

    private final AuditSearch search;
    private final AuditChainVerifier verifier;
    private final AuditLog audit;

    AuditLogAdministration(AuditSearch search, AuditChainVerifier verifier, AuditLog audit) {
        this.search = search;
        this.verifier = verifier;
        this.audit = audit;
    }

    /** One page of the log; records that the current user viewed it with these filters. */
    public AuditSearch.Page search(AuditSearch.Criteria criteria, Optional<AuditCursor> before,
            Optional<AuditCursor> after) {
        AuditSearch.Page page = search.search(criteria, before, after);
        String where = before.map(c -> "; older than #" + c.id())
                .or(() -> after.map(c -> "; newer than #" + c.id())).orElse("");
        audit.viewed("audit_log", null, criteria.describe() + where);
        return page;
    }

    public List<String> recordTypes() {
        return search.recordTypes();
    }

    /** Walks the whole chain; the check and its result are themselves audited. */
    public AuditChainVerifier.Result verifyChain() {
        AuditChainVerifier.Result result = verifier.verify();
        audit.record(currentActor(), "VERIFY", "audit_log", null, result.describe());
        return result;
    }

    private static String currentActor() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth == null ? "anonymous" : auth.getName();
    }
}
