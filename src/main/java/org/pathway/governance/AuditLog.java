package org.pathway.governance;

/**
 * The append-only audit log. Every module calls it for every view and change of a person's data;
 * the actor and client address are taken from the current request.
 */
public interface AuditLog {

    /** A person's data (or another audited record) was shown to the current user. */
    void viewed(String recordType, String recordId, String detail);

    /** Several records were shown at once (a list of people, a queue): one entry per record. */
    void viewedAll(String recordType, java.util.Collection<String> recordIds, String detail);

    /** Several records were created or changed at once (an import): one entry per record. */
    void changedAll(String recordType, java.util.Collection<String> recordIds, String detail);

    /** A record was created, changed or removed by the current user. */
    void changed(String recordType, String recordId, String detail);

    /** Any other audited action, with an explicit actor (e.g. sign-in attempts). */
    void record(String actor, String action, String recordType, String recordId, String detail);
}
