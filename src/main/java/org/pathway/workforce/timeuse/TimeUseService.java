package org.pathway.workforce.timeuse;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.pathway.governance.AuditLog;
import org.pathway.governance.PathwayUser;
import org.pathway.governance.Role;
import org.pathway.platform.Refusal;
import org.pathway.platform.UkDates;
import org.pathway.workforce.OrganisationId;
import org.pathway.workforce.PractitionerId;
import org.pathway.workforce.RecordedWelfareWork;
import org.pathway.workforce.TimeUse;
import org.pathway.workforce.WorkforceEvents.TimeUseRecorded;
import org.pathway.workforce.practitioners.PractitionerRecordAccess;
import org.pathway.workforce.timeuse.TimeUseTotals.Period;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Time use: the weeks a practitioner records, who may read them, and the team's shares. */
@Service
class TimeUseService implements TimeUse {

    static final String AUDITED = "time_use";

    private final JdbcClient jdbc;
    private final PractitionerRecordAccess access;
    private final RecordedWelfareWork welfare;
    private final TimeUseTotals totals;
    private final ApplicationEventPublisher events;
    private final AuditLog audit;
    private final Clock clock;

    TimeUseService(JdbcClient jdbc, PractitionerRecordAccess access, RecordedWelfareWork welfare, TimeUseTotals totals,
            ApplicationEventPublisher events, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.access = access;
        this.welfare = welfare;
        this.totals = totals;
        this.events = events;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<TimeUseHistory> history(PractitionerId practitioner, LocalDate today, PathwayUser user) {
        return access.visible(practitioner, user).map(name -> {
            UUID account = jdbc.sql("SELECT user_account_id FROM workforce.practitioner WHERE id = ?")
                    .param(practitioner.value()).query(UUID.class).optional().orElse(null);
            boolean own = user.id().equals(account);
            Map<LocalDate, Hours> typed = new LinkedHashMap<>();
            jdbc.sql("""
                    SELECT week_starting, core_hours, welfare_hours, practice_admin_hours, emergency_hours, training_hours
                    FROM workforce.time_use WHERE practitioner_id = ? ORDER BY week_starting DESC""")
                    .param(practitioner.value())
                    .query(rs -> {
                        typed.put(rs.getObject("week_starting", LocalDate.class), new Hours(rs.getBigDecimal("core_hours"),
                                rs.getBigDecimal("welfare_hours"), rs.getBigDecimal("practice_admin_hours"),
                                rs.getBigDecimal("emergency_hours"), rs.getBigDecimal("training_hours")));
                    });
            LocalDate thisWeek = TimeUse.weekOf(today);
            LocalDate firstWeek = typed.isEmpty() ? firstOpenWeek(today)
                    : min(typed.keySet().stream().reduce((a, b) -> b).orElseThrow(), firstOpenWeek(today));
            Map<LocalDate, RecordedCalls> calls = account == null ? Map.of()
                    : welfare.byWeek(List.of(account), firstWeek, thisWeek.plusWeeks(1)).getOrDefault(account, Map.of());
            List<Week> weeks = new ArrayList<>();
            typed.forEach((week, hours) -> weeks.add(new Week(week, hours, calls.getOrDefault(week, RecordedCalls.NONE))));
            List<OpenWeek> open = new ArrayList<>();
            for (LocalDate week = thisWeek; !week.isBefore(firstOpenWeek(today)); week = week.minusWeeks(1)) {
                open.add(new OpenWeek(week, typed.get(week), calls.getOrDefault(week, RecordedCalls.NONE)));
            }
            if (!own) {
                audit.viewed(AUDITED, practitioner.value().toString(), weeks.size() + " weeks");
            }
            return new TimeUseHistory(practitioner, name, own, weeks, open, welfare.answeredMinutes(),
                    welfare.unansweredMinutes());
        });
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    static LocalDate firstOpenWeek(LocalDate today) {
        return TimeUse.weekOf(today).minusWeeks(WEEKS_OPEN - 1L);
    }

    @Override
    @Transactional
    public void record(LocalDate weekStarting, Hours hours, boolean replacing, LocalDate today, PathwayUser user) {
        record Self(UUID id, UUID employer) {}
        Self self = jdbc.sql("SELECT id, employer_id FROM workforce.practitioner WHERE user_account_id = ?")
                .param(user.id())
                .query((rs, n) -> new Self(rs.getObject("id", UUID.class), rs.getObject("employer_id", UUID.class)))
                .optional()
                .orElseThrow(() -> new AccessDeniedException("Only a practitioner records their time use, for themselves"));
        List<Refusal.Problem> problems = new ArrayList<>();
        if (weekStarting == null) {
            problems.add(new Refusal.Problem("week", "Choose the week you are recording"));
        } else if (!weekStarting.equals(TimeUse.weekOf(weekStarting))) {
            problems.add(new Refusal.Problem("week", "Choose a week from the list: each starts on a Monday"));
        } else if (weekStarting.isAfter(TimeUse.weekOf(today))) {
            problems.add(new Refusal.Problem("week", "The week must be this week or one before it"));
        } else if (weekStarting.isBefore(firstOpenWeek(today))) {
            problems.add(new Refusal.Problem("week", "Weeks more than " + WEEKS_OPEN
                    + " weeks ago can no longer be recorded or changed"));
        }
        checkHours(hours, problems);
        if (problems.isEmpty() && !replacing) {
            jdbc.sql("""
                    SELECT core_hours + welfare_hours + practice_admin_hours + emergency_hours + training_hours
                    FROM workforce.time_use WHERE practitioner_id = ? AND week_starting = ?""")
                    .params(self.id(), weekStarting).query(BigDecimal.class).optional()
                    .ifPresent(total -> problems.add(new Refusal.Problem("week", "You have already recorded the week of "
                            + UkDates.longDay(weekStarting) + " (" + total.stripTrailingZeros().toPlainString()
                            + " hours). To change it, choose Change beside that week")));
        }
        if (!problems.isEmpty()) {
            throw new Refusal(problems);
        }
        Instant now = clock.instant();
        jdbc.sql("""
                INSERT INTO workforce.time_use (practitioner_id, week_starting, core_hours, welfare_hours,
                  practice_admin_hours, emergency_hours, training_hours, recorded_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (practitioner_id, week_starting) DO UPDATE SET core_hours = EXCLUDED.core_hours,
                  welfare_hours = EXCLUDED.welfare_hours, practice_admin_hours = EXCLUDED.practice_admin_hours,
                  emergency_hours = EXCLUDED.emergency_hours, training_hours = EXCLUDED.training_hours,
                  recorded_at = EXCLUDED.recorded_at""")
                .params(self.id(), weekStarting, hours.core(), hours.welfareCalls(), hours.practiceAdmin(),
                        hours.emergencyResponse(), hours.training(), Timestamp.from(now))
                .update();
        audit.changed(AUDITED, self.id().toString(), (replacing ? "changed" : "recorded") + " the week of " + weekStarting);
        events.publishEvent(new TimeUseRecorded(self.id(), self.employer(), weekStarting, hours.core(),
                hours.welfareCalls(), hours.practiceAdmin(), hours.emergencyResponse(), hours.training(), now));
    }

    private static void checkHours(Hours hours, List<Refusal.Problem> problems) {
        String[] fields = {"core", "welfareCalls", "practiceAdmin", "emergencyResponse", "training"};
        BigDecimal[] values = {hours.core(), hours.welfareCalls(), hours.practiceAdmin(), hours.emergencyResponse(),
                hours.training()};
        boolean each = true;
        for (int i = 0; i < fields.length; i++) {
            BigDecimal v = values[i];
            if (v == null || v.signum() < 0 || v.compareTo(BigDecimal.valueOf(MAX_WEEK_HOURS)) > 0) {
                problems.add(new Refusal.Problem(fields[i], "Hours must be from 0 to " + MAX_WEEK_HOURS));
                each = false;
            } else if (v.stripTrailingZeros().scale() > 1) {
                problems.add(new Refusal.Problem(fields[i], "Hours must be to one decimal place at most, like 7.5"));
                each = false;
            }
        }
        if (each && hours.total().signum() == 0) {
            problems.add(new Refusal.Problem("core", "Enter the hours you worked that week"));
        } else if (each && hours.total().compareTo(BigDecimal.valueOf(MAX_WEEK_HOURS)) > 0) {
            problems.add(new Refusal.Problem("core", "The hours add up to " + hours.total().stripTrailingZeros()
                    .toPlainString() + ": a week can hold " + MAX_WEEK_HOURS + " at most"));
        }
    }

    @Override
    @Transactional(readOnly = true)
    public boolean lastWeekRecorded(PractitionerId practitioner, LocalDate today) {
        return jdbc.sql("SELECT count(*) FROM workforce.time_use WHERE practitioner_id = ? AND week_starting = ?")
                .params(practitioner.value(), TimeUse.weekOf(today).minusWeeks(1)).query(Long.class).single() > 0;
    }

    @Override
    @Transactional(readOnly = true)
    public Map<PractitionerId, Share> recentShares(Collection<PractitionerId> practitioners, LocalDate today,
            PathwayUser user) {
        Map<PractitionerId, String> managed = access.managedAmong(practitioners, user);
        Map<PractitionerId, Share> shares = new HashMap<>();
        if (managed.isEmpty()) {
            return shares;
        }
        LocalDate afterWeek = TimeUse.weekOf(today);
        LocalDate firstWeek = afterWeek.minusWeeks(RECENT_WEEKS);
        Map<PractitionerId, Map<LocalDate, RecordedCalls>> calls = totals.recordedCalls(managed.keySet(), firstWeek,
                afterWeek);
        jdbc.sql("""
                SELECT practitioner_id, count(*) AS weeks, sum(core_hours) AS core,
                       sum(welfare_hours + practice_admin_hours + emergency_hours + training_hours) AS other
                FROM workforce.time_use WHERE practitioner_id = ANY (?) AND week_starting >= ? AND week_starting < ?
                GROUP BY practitioner_id""")
                .params(managed.keySet().stream().map(PractitionerId::value).toArray(UUID[]::new), firstWeek, afterWeek)
                .query(rs -> {
                    PractitionerId id = new PractitionerId(rs.getObject("practitioner_id", UUID.class));
                    BigDecimal recorded = calls.getOrDefault(id, Map.of()).values().stream().map(RecordedCalls::hours)
                            .reduce(BigDecimal.ZERO, BigDecimal::add);
                    BigDecimal other = rs.getBigDecimal("other").add(recorded);
                    shares.put(id, new Share(other, rs.getBigDecimal("core").add(other), rs.getInt("weeks")));
                });
        return shares;
    }

    @Override
    @Transactional(readOnly = true)
    public List<TeamMonth> teamTrend(OrganisationId employer, LocalDate from, LocalDate today, PathwayUser user) {
        if (user.role() != Role.ADMINISTRATOR && !employer.value().equals(user.organisationId())) {
            throw new AccessDeniedException("Only the team's managers see its time use");
        }
        Map<PractitionerId, String> team = new HashMap<>();
        jdbc.sql("SELECT id FROM workforce.practitioner WHERE employer_id = ?").param(employer.value())
                .query(rs -> {
                    team.put(new PractitionerId(rs.getObject("id", UUID.class)), "team");
                });
        return totals.byGroup(team, Period.MONTH, from, today).stream()
                .map(g -> new TeamMonth(g.periodStart(), g.practitioners(), g.core(), g.welfareCalls(),
                        g.recordedCalls(), g.practiceAdmin(), g.emergencyResponse(), g.training()))
                .toList();
    }
}
