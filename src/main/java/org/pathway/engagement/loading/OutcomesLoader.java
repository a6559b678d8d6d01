package org.pathway.engagement.loading;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.pathway.engagement.ClosureReason;

/**
 * Writes the outcome side of cases loaded as history (the demo ICS today, migrations later), as the caller decided
 * it: "what matters", plans with goals and their progress, outcome measures (scored here, as when recorded on the
 * page) and the message back to the GP for closed cases. For trusted system callers only: not reachable from the
 * web, checks no permission, publishes no events (it is the past); one audit entry per load.
 */
public interface OutcomesLoader {

    /** The cases with no plan, no measures and no closure message yet: those a caller may decide outcomes for. */
    List<CaseWithoutOutcomes> casesWithoutOutcomes();

    /**
     * Writes everything in the batch in the caller's transaction (one is started when there is none). A case that
     * has a plan, measures or a message by now is skipped, so loading twice adds nothing.
     */
    Loaded load(Batch batch);

    /** A case as it stands: {@code closedAt} and {@code reason} are null while it is open. */
    record CaseWithoutOutcomes(UUID caseId, UUID referralId, UUID personId, Instant openedAt, Instant closedAt,
            ClosureReason reason, int contacts) {}

    /** Ids are the caller's, so a reload with the same seed gives the same records. */
    record Batch(List<CaseOutcomes> cases, String recordedBy) {

        public Batch {
            cases = List.copyOf(cases);
        }
    }

    /**
     * One case's outcomes; every list may be empty. {@code whatMatters} is null when none was recorded;
     * {@code message} null when no message went back to the GP (an open case's always is).
     */
    record CaseOutcomes(UUID caseId, List<Measure> measures, WhatMatters whatMatters, List<Goal> goals,
            List<Action> actions, List<Review> reviews, Message message) {

        public CaseOutcomes {
            measures = List.copyOf(measures);
            goals = List.copyOf(goals);
            actions = List.copyOf(actions);
            reviews = List.copyOf(reviews);
        }
    }

    /**
     * A complete questionnaire of a national measure ({@code measureCode} ONS4, SWEMWBS or UCLA3), its answers by
     * item code; {@code occasion} BASELINE, REVIEW or CLOSURE.
     */
    record Measure(UUID id, String measureCode, String occasion, LocalDate takenOn, Map<String, Integer> answers) {

        public Measure {
            answers = Map.copyOf(answers);
        }
    }

    record WhatMatters(UUID id, String words, LocalDate recordedOn) {}

    /** A goal in one of engagement's goal domains; {@code status} ACTIVE, ACHIEVED or NO_LONGER_RELEVANT. */
    record Goal(UUID id, String domain, String wording, LocalDate targetOn, String status, LocalDate createdOn,
            Instant statusChangedAt, List<Progress> progress) {

        public Goal {
            progress = List.copyOf(progress);
        }
    }

    /** Progress towards a goal, scored 1 to 10. */
    record Progress(UUID id, LocalDate on, int score) {}

    record Action(UUID id, String who, String what, LocalDate dueOn, LocalDate doneOn, LocalDate createdOn) {}

    record Review(UUID id, LocalDate on, String note, LocalDate createdOn) {}

    /**
     * The message back to the GP and the referrer, issued when the case closed: always the closure reason's SNOMED CT
     * codes; with {@code summary} true, also a summary of the support (written from the goals and measures loaded
     * here), sent only when the person consented to share with their GP.
     */
    record Message(UUID id, boolean summary) {}

    record Loaded(int cases, int measures, int goals, int messages) {}
}
