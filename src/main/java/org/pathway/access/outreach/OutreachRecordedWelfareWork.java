package org.pathway.access.outreach;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.pathway.platform.UkTime;
import org.pathway.workforce.RecordedWelfareWork;
import org.pathway.workforce.TimeUse.RecordedCalls;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The welfare calls each practitioner recorded on outreach lists, week by week, for their time use. A call is reckoned
 * at a standard time, set for the ICS (15 minutes answered, 3 minutes not answered, unless configured otherwise):
 * practitioners do not time their calls.
 */
@Component
class OutreachRecordedWelfareWork implements RecordedWelfareWork {

    private final JdbcClient jdbc;
    private final int answered;
    private final int unanswered;

    OutreachRecordedWelfareWork(JdbcClient jdbc,
            @Value("${pathway.outreach.minutes-per-call.answered:15}") int answered,
            @Value("${pathway.outreach.minutes-per-call.unanswered:3}") int unanswered) {
        this.jdbc = jdbc;
        this.answered = answered;
        this.unanswered = unanswered;
    }

    @Override
    public Map<UUID, Map<LocalDate, RecordedCalls>> byWeek(Collection<UUID> accounts, LocalDate fromMonday,
            LocalDate toMonday) {
        Map<UUID, Map<LocalDate, RecordedCalls>> weeks = new HashMap<>();
        if (accounts.isEmpty()) {
            return weeks;
        }
        jdbc.sql("""
                SELECT contacted_by_account AS account,
                       date_trunc('week', contacted_at AT TIME ZONE ?)::date AS week,
                       count(*) AS calls,
                       count(*) FILTER (WHERE outcome IN ('NO_ANSWER', 'WRONG_NUMBER')) AS unanswered
                FROM access.welfare_contact
                WHERE contacted_by_account = ANY (?)
                  AND contacted_at >= ? AND contacted_at < ?
                GROUP BY 1, 2""")
                .params(UkTime.ZONE.getId(), accounts.toArray(UUID[]::new),
                        Timestamp.from(UkTime.startOf(fromMonday)), Timestamp.from(UkTime.startOf(toMonday)))
                .query(rs -> {
                    int calls = rs.getInt("calls");
                    int notAnswered = rs.getInt("unanswered");
                    weeks.computeIfAbsent(rs.getObject("account", UUID.class), k -> new HashMap<>())
                            .put(rs.getObject("week", LocalDate.class), new RecordedCalls(calls,
                                    (calls - notAnswered) * answered + notAnswered * unanswered));
                });
        return weeks;
    }

    @Override
    public int answeredMinutes() {
        return answered;
    }

    @Override
    public int unansweredMinutes() {
        return unanswered;
    }
}
