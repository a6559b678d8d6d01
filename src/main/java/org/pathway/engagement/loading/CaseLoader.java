package org.pathway.engagement.loading;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.pathway.engagement.ClosureReason;
import org.pathway.engagement.ContactDepth;
import org.pathway.engagement.ContactMode;
import org.pathway.engagement.KindOfWork;

/**
 * Loads casework that happened elsewhere or before: the demo ICS's two years of cases today, migrations from other
 * systems later. For trusted system callers only: it is not reachable from the web and checks no permission. Each
 * case is opened (and closed) through the case's guarded transitions, then everything is written in batches with
 * the caseload figures computed once; no events are published for this history and one audit entry is written per
 * load. A referral that already has a case is skipped.
 */
public interface CaseLoader {

    /** Writes everything in the batch in the caller's transaction (one is started when there is none). */
    Loaded load(Batch batch);

    /** The cases of these services, oldest first, for loaders that add work to them (the demo's connections). */
    List<LoadedCase> casesOf(Collection<UUID> services);

    record LoadedCase(UUID caseId, UUID referralId, UUID personId, UUID organisationId, UUID practitionerId,
            Instant openedAt, boolean open) {}

    record Batch(List<CaseHistory> cases, String recordedBy) {

        public Batch {
            cases = List.copyOf(cases);
        }
    }

    /**
     * One case: opened when its referral was accepted, the work done since, and its closure (null while open).
     *
     * @param riskFlags the referral's risk flags, by name
     */
    record CaseHistory(UUID referralId, UUID personId, UUID serviceId, UUID practitionerId, Instant referredAt,
            Instant openedAt, String openedBy, boolean urgent, List<String> riskFlags, List<Contact> contacts,
            List<Note> notes, List<Task> tasks, Closure closure) {

        public CaseHistory {
            riskFlags = List.copyOf(riskFlags);
            contacts = List.copyOf(contacts);
            notes = List.copyOf(notes);
            tasks = List.copyOf(tasks);
        }
    }

    /** A contact, or a failed attempt when {@code successful} is false (then minutes, kind and depth are null). */
    record Contact(LocalDate on, boolean successful, ContactMode mode, Integer minutes, KindOfWork kind,
            ContactDepth depth, String note, String overCapReason, Instant recordedAt, String by) {}

    /** A note; a safeguarding concern is open while {@code resolvedAt} is null. */
    record Note(String body, boolean safeguarding, Instant at, String by, Instant resolvedAt, String resolvedBy,
            String resolution) {}

    /** A task: kind NEXT_CONTACT, REVIEW or OTHER; open while {@code completedAt} is null. */
    record Task(String kind, String title, LocalDate due, Instant createdAt, String by, Instant completedAt) {}

    record Closure(ClosureReason reason, String note, Instant at, String by) {}

    record Loaded(int cases, int contacts, int notes, int tasks) {}
}
