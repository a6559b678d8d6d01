package org.pathway.workforce;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.pathway.governance.PathwayUser;
import org.pathway.governance.Permissions;
import org.springframework.security.access.prepost.PreAuthorize;

/**
 * Time use: each week a practitioner says roughly how their hours split between core social prescribing and other
 * work (welfare calls, admin for the practice, emergency response, training). The welfare calls they recorded in
 * Pathway's outreach lists count towards other work without being typed again ({@link RecordedWelfareWork}). The
 * practitioner and their managers see the weeks; above the team only group shares are shown.
 */
public interface TimeUse {

    String VIEW = "hasAuthority('" + Permissions.PRACTITIONERS_VIEW + "')";
    String MANAGE = "hasAuthority('" + Permissions.PRACTITIONERS_MANAGE + "')";

    /** The most hours one week can hold, all kinds together. */
    int MAX_WEEK_HOURS = 80;

    /** The weeks a practitioner can still record or change, counting back from this week. */
    int WEEKS_OPEN = 8;

    /** How many of the latest weeks the team page's share of other work covers. */
    int RECENT_WEEKS = 4;

    /** A practitioner's weeks, latest first, for them or their managers; empty for anyone else. */
    @PreAuthorize(VIEW)
    Optional<TimeUseHistory> history(PractitionerId practitioner, LocalDate today, PathwayUser user);

    /**
     * The signed-in practitioner records a week's hours. Refused with the reasons when a week is not one they can
     * record, the hours are out of range, or the week is already recorded and {@code replacing} is false.
     */
    @PreAuthorize(VIEW)
    void record(LocalDate weekStarting, Hours hours, boolean replacing, LocalDate today, PathwayUser user);

    /** Whether the practitioner recorded last week's time use: no hours are read. */
    @PreAuthorize(VIEW)
    boolean lastWeekRecorded(PractitionerId practitioner, LocalDate today);

    /**
     * For a manager: each of these practitioners' share of time on other work over the last {@link #RECENT_WEEKS}
     * weeks; practitioners who recorded none of them are absent. Only practitioners the user manages are read.
     */
    @PreAuthorize(MANAGE)
    Map<PractitionerId, Share> recentShares(Collection<PractitionerId> practitioners, LocalDate today, PathwayUser user);

    /** For a manager: their organisation's hours by month from {@code from}, the recorded welfare calls included. */
    @PreAuthorize(MANAGE)
    List<TeamMonth> teamTrend(OrganisationId employer, LocalDate from, LocalDate today, PathwayUser user);

    /** Hours in a week as typed, each from 0, to one decimal place. */
    record Hours(BigDecimal core, BigDecimal welfareCalls, BigDecimal practiceAdmin, BigDecimal emergencyResponse,
            BigDecimal training) {

        public static final Hours NONE = new Hours(BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO,
                BigDecimal.ZERO);

        public BigDecimal other() {
            return welfareCalls.add(practiceAdmin).add(emergencyResponse).add(training);
        }

        public BigDecimal total() {
            return core.add(other());
        }
    }

    /** The welfare calls a practitioner recorded in Pathway in a week, and the time they are reckoned to take. */
    record RecordedCalls(int calls, int minutes) {

        public static final RecordedCalls NONE = new RecordedCalls(0, 0);

        public BigDecimal hours() {
            return BigDecimal.valueOf(minutes).divide(BigDecimal.valueOf(60), 1, RoundingMode.HALF_UP);
        }
    }

    /** One week as recorded, with the welfare calls recorded in Pathway that week. */
    record Week(LocalDate weekStarting, Hours hours, RecordedCalls recorded) {

        /** Other work as typed plus the recorded calls. */
        public BigDecimal otherHours() {
            return hours.other().add(recorded.hours());
        }

        public BigDecimal totalHours() {
            return hours.core().add(otherHours());
        }

        /** The share of the week's hours on other work, as a whole percentage. */
        public int otherPercent() {
            return Share.percent(otherHours(), totalHours());
        }
    }

    /**
     * A practitioner's recorded weeks, latest first; the weeks they can still record or change, latest first, with
     * the calls recorded in Pathway in each; and the minutes a call is reckoned at.
     */
    record TimeUseHistory(PractitionerId practitioner, String practitionerName, boolean own, List<Week> weeks,
            List<OpenWeek> open, int answeredMinutes, int unansweredMinutes) {}

    /** A week that can still be recorded or changed: its hours if recorded (else null) and the calls recorded. */
    record OpenWeek(LocalDate weekStarting, Hours hours, RecordedCalls recorded) {

        public boolean done() {
            return hours != null;
        }
    }

    /** Hours on other work (the recorded welfare calls included) against all hours, over some weeks. */
    record Share(BigDecimal otherHours, BigDecimal totalHours, int weeks) {

        public int percent() {
            return percent(otherHours, totalHours);
        }

        static int percent(BigDecimal part, BigDecimal whole) {
            return whole.signum() == 0 ? 0
                    : part.multiply(BigDecimal.valueOf(100)).divide(whole, 0, RoundingMode.HALF_UP).intValue();
        }
    }

    /** A team's month: hours by kind across the weeks that start in it, and how many practitioners recorded. */
    record TeamMonth(LocalDate month, int practitioners, BigDecimal core, BigDecimal welfareCalls,
            BigDecimal recordedCalls, BigDecimal practiceAdmin, BigDecimal emergencyResponse, BigDecimal training) {

        public BigDecimal other() {
            return welfareCalls.add(recordedCalls).add(practiceAdmin).add(emergencyResponse).add(training);
        }

        public int otherPercent() {
            return Share.percent(other(), core.add(other()));
        }
    }

    /** The Monday of the week {@code day} falls in. */
    static LocalDate weekOf(LocalDate day) {
        return day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }
}
