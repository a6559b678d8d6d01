package org.pathway.governance;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * What the records named in audit entries are, in words, and which records a reference a person types stands for.
 * The audit page (governance) asks every implementation; the modules that own the records implement it, so
 * dependencies stay one way (they already depend on governance). Descriptions are read when the page is shown, so
 * the entries and their hash chain stay exactly as written (decision 0005). Callers have checked the user may read
 * the audit log.
 */
public interface AuditSubjects {

    /** Readable descriptions of records of one type, by record id; records this module does not own are left out. */
    Map<String, String> describe(String recordType, Collection<String> recordIds);

    /** The records a typed reference (for example a referral number, PW-…) stands for; empty when none. */
    List<Subject> find(String typed);

    /** A record as the audit log names it. */
    record Subject(String recordType, String recordId) {}
}
