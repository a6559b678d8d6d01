package org.pathway.access.triage;

import java.sql.Array;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.pathway.access.referrals.ReferralStatus;
import org.pathway.shared.ExclusionFlag;
import org.pathway.shared.Need;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The SQL behind the triage queues: counts per service, one page of a queue, waiting-list places and figures. */
@Component
class TriageQueueQueries {

    private final JdbcClient jdbc;

    TriageQueueQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** How many referrals are new, waiting and overdue in a service's queue. */
    record Counts(long received, long waitlisted, long overdue) {

        static final Counts NONE = new Counts(0, 0, 0);

        long of(ReferralStatus status) {
            return status == ReferralStatus.WAITLISTED ? waitlisted : received;
        }
    }

    /** A queued referral as stored. */
    record Row(UUID id, String reference, UUID personId, Set<Need> needs, boolean urgent, Set<ExclusionFlag> flags,
            boolean safeguarding, Boolean ready, UUID practice, ReferralStatus status, Instant receivedAt,
            Instant waitlistedAt) {}

    /**
     * The rows of one queue to show, narrowed (when {@code pattern} is not null) to the references containing it or
     * the people named.
     */
    record Narrowing(String pattern, UUID[] people) {

        static Narrowing of(String text, UUID[] people) {
            return new Narrowing("%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%", people);
        }
    }

    Map<UUID, Counts> counts(Collection<UUID> services, Instant overdueBefore) {
        Map<UUID, Counts> counts = new LinkedHashMap<>();
        jdbc.sql("""
                SELECT service_id,
                       count(*) FILTER (WHERE status = 'RECEIVED') AS received,
                       count(*) FILTER (WHERE status = 'WAITLISTED') AS waitlisted,
                       count(*) FILTER (WHERE status = 'RECEIVED' AND received_at < :overdueBefore) AS overdue
                FROM access.referral
                WHERE service_id IN (:services) AND status IN ('RECEIVED', 'WAITLISTED')
                GROUP BY service_id""")
                .param("services", services)
                .param("overdueBefore", Timestamp.from(overdueBefore))
                .query((rs, n) -> {
                    counts.put(rs.getObject("service_id", UUID.class),
                            new Counts(rs.getLong("received"), rs.getLong("waitlisted"), rs.getLong("overdue")));
                    return null;
                }).list();
        return counts;
    }

    /** The people with a referral in this queue (ids only), for the people module to say which are so named. */
    List<UUID> queuedPeople(UUID service, ReferralStatus status) {
        return jdbc.sql("SELECT DISTINCT person_id FROM access.referral WHERE service_id = :service"
                + " AND status = '%s'".formatted(status.name()))
                .param("service", service).query(UUID.class).list();
    }

    long countMatching(UUID service, ReferralStatus status, Narrowing narrowing) {
        return jdbc.sql("SELECT count(*) FROM access.referral WHERE service_id = :service AND status = '%s'"
                .formatted(status.name()) + where(narrowing)).params(params(service, narrowing))
                .query(Long.class).single();
    }

    /** One page of a queue, oldest first; {@code narrowing} may be null. */
    List<Row> page(UUID service, ReferralStatus status, Narrowing narrowing, int limit, long offset) {
        // The status is a literal so the planner matches the partial queue index.
        return jdbc.sql("""
                SELECT id, reference, person_id, needs, urgent, risk_flags, safeguarding_concern,
                       ready_to_work_on_goals, gp_practice_id, status, received_at, waitlisted_at
                FROM access.referral
                WHERE service_id = :service AND status = '%s'%s
                ORDER BY received_at, id
                LIMIT :limit OFFSET :offset""".formatted(status.name(), where(narrowing)))
                .params(params(service, narrowing))
                .param("limit", limit)
                .param("offset", offset)
                .query((rs, n) -> new Row(rs.getObject("id", UUID.class), rs.getString("reference"),
                        rs.getObject("person_id", UUID.class), enums(rs.getArray("needs"), Need.class),
                        rs.getBoolean("urgent"), enums(rs.getArray("risk_flags"), ExclusionFlag.class),
                        rs.getBoolean("safeguarding_concern"), (Boolean) rs.getObject("ready_to_work_on_goals"),
                        rs.getObject("gp_practice_id", UUID.class), ReferralStatus.valueOf(rs.getString("status")),
                        rs.getTimestamp("received_at").toInstant(),
                        rs.getTimestamp("waitlisted_at") == null ? null : rs.getTimestamp("waitlisted_at").toInstant()))
                .list();
    }

    /** A waitlisted referral's place on its service's waiting list, from 1. */
    int waitingListPosition(UUID service, Instant receivedAt, UUID id) {
        return jdbc.sql("""
                SELECT count(*) + 1 FROM access.referral
                WHERE service_id = :service AND status = 'WAITLISTED' AND (received_at, id) < (:receivedAt, :id)""")
                .param("service", service)
                .param("receivedAt", Timestamp.from(receivedAt))
                .param("id", id)
                .query(Integer.class).single();
    }

    /** The figures' raw values since an instant: accepted, accepted outside criteria, actioned, median and p90 seconds. */
    record FigureValues(long accepted, long acceptedOutside, long actioned, Double medianSeconds, Double p90Seconds) {}

    FigureValues figures(UUID service, Instant since) {
        return jdbc.sql("""
                WITH accepted AS (
                  SELECT count(*) AS accepted, count(*) FILTER (WHERE outside_criteria_reason IS NOT NULL) AS outside
                  FROM access.referral
                  WHERE service_id = :service AND status = 'ACCEPTED' AND decided_at >= :since),
                actioned AS (
                  SELECT count(*) AS actioned,
                         percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM first_action_at - received_at)) AS median,
                         percentile_cont(0.9) WITHIN GROUP (ORDER BY extract(epoch FROM first_action_at - received_at)) AS p90
                  FROM access.referral
                  WHERE service_id = :service AND received_at >= :since AND first_action_at IS NOT NULL)
                SELECT accepted, outside, actioned, median, p90 FROM accepted, actioned""")
                .param("service", service)
                .param("since", Timestamp.from(since))
                .query((rs, n) -> new FigureValues(rs.getLong("accepted"), rs.getLong("outside"), rs.getLong("actioned"),
                        (Double) rs.getObject("median"), (Double) rs.getObject("p90")))
                .single();
    }

    private static String where(Narrowing narrowing) {
        return narrowing == null ? "" : " AND (reference ILIKE :pattern OR person_id = ANY (:named))";
    }

    private static Map<String, Object> params(UUID service, Narrowing narrowing) {
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("service", service);
        if (narrowing != null) {
            params.put("pattern", narrowing.pattern());
            params.put("named", narrowing.people());
        }
        return params;
    }

    private static <E extends Enum<E>> Set<E> enums(Array array, Class<E> type) throws SQLException {
        EnumSet<E> set = EnumSet.noneOf(type);
        if (array != null) {
            Arrays.stream((String[]) array.getArray()).map(v -> Enum.valueOf(type, v)).forEach(set::add);
        }
        return set;
    }
}
