package org.pathway.engagement.plans;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A case's "what matters to me" (every version) and personalised care and support plan, as shown and printed. */
record Plan(List<WhatMatters> whatMatters, List<Goal> goals, List<Action> actions, List<Review> reviews) {

    public WhatMatters currentWhatMatters() {
        return whatMatters.isEmpty() ? null : whatMatters.get(0);
    }

    /** Earlier versions, newest first. */
    public List<WhatMatters> earlierWhatMatters() {
        return whatMatters.size() <= 1 ? List.of() : whatMatters.subList(1, whatMatters.size());
    }

    public Review nextReview(LocalDate today) {
        return reviews.stream().filter(r -> !r.on().isBefore(today)).findFirst().orElse(null);
    }

    public record WhatMatters(int version, String words, LocalDate recordedOn, Instant recordedAt, String recordedBy) {}

    public record Goal(UUID id, GoalDomain domain, String wording, LocalDate targetOn, GoalStatus status,
            List<Progress> progress) {

        public Progress latest() {
            return progress.isEmpty() ? null : progress.get(progress.size() - 1);
        }

        public Progress first() {
            return progress.isEmpty() ? null : progress.get(0);
        }
    }

    public record Progress(LocalDate on, int score, String note, String by) {}

    public record Action(UUID id, String who, String what, LocalDate dueOn, LocalDate doneOn) {

        public boolean done() {
            return doneOn != null;
        }
    }

    public record Review(UUID id, LocalDate on, String note) {}
}
