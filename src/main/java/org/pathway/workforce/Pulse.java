package org.pathway.workforce;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.pathway.governance.PathwayUser;
import org.pathway.governance.Permissions;
import org.springframework.security.access.prepost.PreAuthorize;

/**
 * The wellbeing pulse: every few weeks (set per employing organisation) each practitioner answers five questions on a
 * 1 to 5 scale. A practitioner sees their own answers; their line manager (a service manager of their employer) sees
 * their team's; nobody else sees an individual's answers — above the team only aggregates are shown.
 */
public interface Pulse {

    String VIEW = "hasAuthority('" + Permissions.PRACTITIONERS_VIEW + "')";
    String MANAGE = "hasAuthority('" + Permissions.PRACTITIONERS_MANAGE + "')";

    /** Weeks between pulses when the organisation has not set its own. */
    int DEFAULT_EVERY_WEEKS = 4;

    /** Periods are counted from this Monday. */
    LocalDate FIRST_PERIOD = LocalDate.of(2020, 1, 6);

    /** The practitioner's answers, for them or their line manager only; empty for anyone else. */
    @PreAuthorize(VIEW)
    Optional<PulseHistory> history(PractitionerId practitioner, LocalDate today, PathwayUser user);

    /**
     * For a line manager: each of their team's latest answer and whether this period's is due. Empty for anyone who
     * is not these practitioners' line manager.
     */
    @PreAuthorize(MANAGE)
    java.util.Map<PractitionerId, Latest> latestForTeam(java.util.Collection<PractitionerId> practitioners,
            LocalDate today, PathwayUser user);

    /** A practitioner's latest answer (null if none) and whether this period's is due. */
    record Latest(Response latest, boolean due) {}

    /** The team's mean answer to each question, period by period, for the line manager's chart. */
    @PreAuthorize(MANAGE)
    List<TeamPeriod> teamTrend(OrganisationId employer, LocalDate from, PathwayUser user);

    record TeamPeriod(LocalDate periodStart, int answers, double workload, double support, double clarity,
            double confidence, double wellbeing) {}

    /** Whether this practitioner's pulse for the current period is still to answer: no answers are read. */
    @PreAuthorize(VIEW)
    boolean due(PractitionerId practitioner, LocalDate today);

    /** The signed-in practitioner answers this period's pulse; refused if out of range or already answered. */
    @PreAuthorize(VIEW)
    void answer(Answers answers, LocalDate today, PathwayUser user);

    /** How often the organisation's practitioners are asked. */
    int everyWeeks(OrganisationId organisation);

    /** Sets how often the organisation's practitioners are asked (its manager or an administrator). */
    @PreAuthorize(MANAGE)
    void setEveryWeeks(OrganisationId organisation, int everyWeeks, PathwayUser user);

    /** The five answers, each 1 (worst) to 5 (best), and an optional comment. */
    record Answers(Integer workload, Integer support, Integer clarity, Integer confidence, Integer wellbeing,
            String comment) {}

    record Response(UUID id, LocalDate periodStart, Instant submittedAt, int workload, int support, int clarity,
            int confidence, int wellbeing, String comment) {

        public double mean() {
            return (workload + support + clarity + confidence + wellbeing) / 5.0;
        }
    }

    /** The answers, latest first, and whether this period's pulse is still to answer. */
    record PulseHistory(PractitionerId practitioner, String practitionerName, int everyWeeks, LocalDate periodStart,
            boolean due, boolean own, List<Response> responses) {}

    /** The first day of the period {@code day} falls in, for pulses every {@code everyWeeks} weeks. */
    static LocalDate periodStart(LocalDate day, int everyWeeks) {
        long days = java.time.temporal.ChronoUnit.DAYS.between(FIRST_PERIOD, day);
        long periods = Math.floorDiv(days, 7L * everyWeeks);
        return FIRST_PERIOD.plusWeeks(periods * everyWeeks);
    }
}
