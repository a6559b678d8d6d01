package org.pathway.workforce.timeuse;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import org.pathway.workforce.PractitionerId;
import org.pathway.workforce.RecordedWelfareWork;
import org.pathway.workforce.TimeUse;
import org.pathway.workforce.TimeUse.RecordedCalls;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Hours by kind for groups of practitioners, period by period (months or quarters), with the welfare calls they
 * recorded in Pathway counted as other work in the weeks they recorded. Only sums leave: a caller that shows them
 * above the team suppresses small groups. Used by the team page and the ICS workforce view.
 */
@Component
public class TimeUseTotals {

    /** The length of the periods the weeks are summed into, as PostgreSQL's {@code date_trunc} names it. */
    public enum Period { MONTH, QUARTER }

    /** A group's hours in a period and how many practitioners recorded any week of it. */
    public record GroupPeriod(String group, LocalDate periodStart, int practitioners, BigDecimal core,
            BigDecimal welfareCalls, BigDecimal recordedCalls, BigDecimal practiceAdmin, BigDecimal emergencyResponse,
            BigDecimal training) {

        public BigDecimal other() {
            return welfareCalls.add(recordedCalls).add(practiceAdmin).add(emergencyResponse).add(training);
        }

        public BigDecimal total() {
            return core.add(other());
        }
    }

    private final JdbcClient jdbc;
    private final RecordedWelfareWork welfare;

    TimeUseTotals(JdbcClient jdbc, RecordedWelfareWork welfare) {
        this.jdbc = jdbc;
        this.welfare = welfare;
    }

    /** Each group's periods from {@code from} up to {@code today}'s week, in order of group then period. */
    public List<GroupPeriod> byGroup(Map<PractitionerId, String> groups, Period period, LocalDate from, LocalDate today) {
        if (groups.isEmpty()) {
            return List.of();
        }
        LocalDate firstWeek = TimeUse.weekOf(from);
        LocalDate afterWeek = TimeUse.weekOf(today).plusWeeks(1);
        UUID[] ids = groups.keySet().stream().map(PractitionerId::value).toArray(UUID[]::new);
        Function<LocalDate, LocalDate> periodOf = week -> period == Period.MONTH ? week.withDayOfMonth(1)
                : week.withDayOfMonth(1).withMonth((week.getMonthValue() - 1) / 3 * 3 + 1);
        record Key(String group, LocalDate period) {}
        class Sums {
            final Set<UUID> practitioners = new HashSet<>();
            BigDecimal core = BigDecimal.ZERO;
            BigDecimal welfareCalls = BigDecimal.ZERO;
            BigDecimal recorded = BigDecimal.ZERO;
            BigDecimal admin = BigDecimal.ZERO;
            BigDecimal emergency = BigDecimal.ZERO;
            BigDecimal training = BigDecimal.ZERO;
        }
        Map<Key, Sums> sums = new LinkedHashMap<>();
        jdbc.sql("""
                SELECT practitioner_id, date_trunc(?, week_starting)::date AS period, sum(core_hours) AS core,
                       sum(welfare_hours) AS welfare, sum(practice_admin_hours) AS admin,
                       sum(emergency_hours) AS emergency, sum(training_hours) AS training
                FROM workforce.time_use
                WHERE practitioner_id = ANY (?) AND week_starting >= ? AND week_starting < ?
                GROUP BY 1, 2""")
                .params(period.name().toLowerCase(java.util.Locale.ROOT), ids, firstWeek, afterWeek)
                .query(rs -> {
                    UUID practitioner = rs.getObject("practitioner_id", UUID.class);
                    Sums s = sums.computeIfAbsent(new Key(groups.get(new PractitionerId(practitioner)),
                            rs.getObject("period", LocalDate.class)), k -> new Sums());
                    s.practitioners.add(practitioner);
                    s.core = s.core.add(rs.getBigDecimal("core"));
                    s.welfareCalls = s.welfareCalls.add(rs.getBigDecimal("welfare"));
                    s.admin = s.admin.add(rs.getBigDecimal("admin"));
                    s.emergency = s.emergency.add(rs.getBigDecimal("emergency"));
                    s.training = s.training.add(rs.getBigDecimal("training"));
                });
        recordedCalls(groups.keySet(), firstWeek, afterWeek).forEach((practitioner, weeks) -> weeks.forEach(
                (week, calls) -> {
                    Sums s = sums.get(new Key(groups.get(practitioner), periodOf.apply(week)));
                    if (s != null) {
                        s.recorded = s.recorded.add(calls.hours());
                    }
                }));
        List<GroupPeriod> rows = new ArrayList<>();
        sums.forEach((key, s) -> rows.add(new GroupPeriod(key.group(), key.period(), s.practitioners.size(), s.core,
                s.welfareCalls, s.recorded, s.admin, s.emergency, s.training)));
        rows.sort(java.util.Comparator.comparing(GroupPeriod::group).thenComparing(GroupPeriod::periodStart));
        return rows;
    }

    /**
     * The welfare calls each practitioner recorded in Pathway, by week, in the weeks from {@code firstWeek} up to
     * {@code afterWeek} that they recorded their time use: a week they did not record has no total to count them in.
     */
    Map<PractitionerId, Map<LocalDate, RecordedCalls>> recordedCalls(Collection<PractitionerId> practitioners,
            LocalDate firstWeek, LocalDate afterWeek) {
        Map<UUID, PractitionerId> byAccount = new HashMap<>();
        jdbc.sql("SELECT id, user_account_id FROM workforce.practitioner WHERE id = ANY (?) AND user_account_id IS NOT NULL")
                .param(practitioners.stream().map(PractitionerId::value).toArray(UUID[]::new))
                .query(rs -> {
                    byAccount.put(rs.getObject("user_account_id", UUID.class),
                            new PractitionerId(rs.getObject("id", UUID.class)));
                });
        Map<PractitionerId, Map<LocalDate, RecordedCalls>> calls = new HashMap<>();
        if (byAccount.isEmpty()) {
            return calls;
        }
        welfare.byWeek(byAccount.keySet(), firstWeek, afterWeek)
                .forEach((account, weeks) -> calls.put(byAccount.get(account), weeks));
        if (calls.isEmpty()) {
            return calls;
        }
        Set<String> recorded = new HashSet<>();
        jdbc.sql("""
                SELECT practitioner_id, week_starting FROM workforce.time_use
                WHERE practitioner_id = ANY (?) AND week_starting >= ? AND week_starting < ?""")
                .params(calls.keySet().stream().map(PractitionerId::value).toArray(UUID[]::new), firstWeek, afterWeek)
                .query(rs -> {
                    recorded.add(rs.getObject("practitioner_id", UUID.class) + "|"
                            + rs.getObject("week_starting", LocalDate.class));
                });
        calls.forEach((practitioner, weeks) -> weeks.keySet()
                .removeIf(week -> !recorded.contains(practitioner.value() + "|" + week)));
        return calls;
    }
}
