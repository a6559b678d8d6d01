package org.pathway.governance.audit;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.pathway.governance.AuditLog;
import org.pathway.governance.AuditSubjects;
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
    private final List<AuditSubjects> subjects;

    AuditLogAdministration(AuditSearch search, AuditChainVerifier verifier, AuditLog audit,
            List<AuditSubjects> subjects) {
        this.subjects = subjects;
        this.search = search;
        this.verifier = verifier;
        this.audit = audit;
    }

    /** One page of the log; records that the current user viewed it with these filters. */
    public AuditSearch.Page search(AuditSearch.Criteria criteria, Optional<AuditCursor> before,
            Optional<AuditCursor> after) {
        List<AuditSubjects.Subject> alsoMeant = AuditSearch.blank(criteria.recordId()) ? List.of()
                : subjects.stream().flatMap(s -> s.find(criteria.recordId().strip()).stream()).toList();
        AuditSearch.Page page = search.search(criteria, alsoMeant, before, after);
        String where = before.map(c -> "; older than #" + c.id())
                .or(() -> after.map(c -> "; newer than #" + c.id())).orElse("");
        audit.viewed("audit_log", null, criteria.describe() + where);
        return page;
    }

    /**
     * What each entry's record is, in words ("Referral PW-… for Morwenna Trelawny"), keyed by {@link #key}; records
     * no module describes are left out (the page shows their type and id).
     */
    public Map<String, String> describe(List<AuditSearch.Entry> entries) {
        Map<String, Set<String>> byType = new HashMap<>();
        entries.stream().filter(e -> e.recordType() != null && e.recordId() != null)
                .forEach(e -> byType.computeIfAbsent(e.recordType(), t -> new HashSet<>()).add(e.recordId()));
        Map<String, String> out = new HashMap<>();
        byType.forEach((type, ids) -> subjects.forEach(s -> s.describe(type, ids)
                .forEach((id, words) -> out.put(key(type, id), words))));
        return out;
    }

    static String key(String recordType, String recordId) {
        return recordType + '\u0000' + recordId;
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
