package org.pathway.engagement;

import java.time.LocalDate;

/**
 * Fills in the outcome side of cases loaded as history (the demo ICS today, migrations later): "what matters",
 * plans with goals and progress over time, outcome measures at baseline, review and closure, and the message
 * back to the GP for closed cases. Works on every case that has no plan and no measures yet, so it runs after
 * the cases are loaded and is harmless to run twice. Deterministic for a seed. For trusted system callers only:
 * not reachable from the web, checks no permission, publishes no events (it is the past); one audit entry.
 */
public interface OutcomesLoader {

    Loaded load(long seed, LocalDate today);

    record Loaded(int cases, int measures, int goals, int messages) {}
}
