package org.pathway.workforce.supervision;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.pathway.workforce.PractitionerId;
import org.pathway.workforce.ServiceId;
import org.pathway.workforce.Supervision.KindStatus;
import org.pathway.workforce.Supervision.Requirement;
import org.pathway.workforce.Supervision.Session;
import org.pathway.workforce.Supervision.SupervisionStatus;
import org.pathway.workforce.SupervisionKind;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Reads supervision: services' required frequencies and a practitioner's sessions against theirs. */
@Component
class SupervisionQueries {

    private final JdbcClient jdbc;

    SupervisionQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Requirement> requirementsFor(ServiceId service) {
        return jdbc.sql("""
                SELECT kind, every_weeks FROM workforce.service_supervision_requirement WHERE service_id = ?
                ORDER BY array_position(ARRAY['CLINICAL', 'MANAGERIAL', 'PEER'], kind)""")
                .param(service.value())
                .query((rs, n) -> new Requirement(SupervisionKind.valueOf(rs.getString("kind")),
                        rs.getInt("every_weeks"))).list();
    }

    boolean logged(PractitionerId practitioner, SupervisionKind kind, LocalDate heldOn) {
        return jdbc.sql("""
                SELECT count(*) FROM workforce.supervision_session
                WHERE practitioner_id = ? AND kind = ? AND held_on = ?""")
                .params(practitioner.value(), kind.name(), heldOn).query(Long.class).single() > 0;
    }

    SupervisionStatus status(PractitionerId practitioner, String name, LocalDate today) {
        return statuses(Map.of(practitioner, name), today, true).get(practitioner);
    }

    /**
     * Each practitioner's supervision, read for all of them at once: with every session logged ({@code withSessions},
     * for one practitioner's page), or else only the latest session of each kind, one index lookup each (for a team or
     * an ICS, whose practitioners may have hundreds each), and an empty list of sessions.
     */
    Map<PractitionerId, SupervisionStatus> statuses(Map<PractitionerId, String> names, LocalDate today,
            boolean withSessions) {
        UUID[] ids = names.keySet().stream().map(PractitionerId::value).toArray(UUID[]::new);
        Map<UUID, List<Session>> sessions = new HashMap<>();
        jdbc.sql(withSessions ? """
                SELECT practitioner_id, id, kind, held_on, supervisor, minutes, recorded_by
                FROM workforce.supervision_session WHERE practitioner_id = ANY (?) ORDER BY held_on DESC, kind""" : """
                SELECT p.id AS practitioner_id, s.id, k.kind, s.held_on, s.supervisor, s.minutes, s.recorded_by
                FROM unnest(CAST(? AS uuid[])) AS p (id)
                CROSS JOIN unnest(CAST(? AS text[])) AS k (kind)
                JOIN LATERAL (SELECT id, held_on, supervisor, minutes, recorded_by FROM workforce.supervision_session x
                              WHERE x.practitioner_id = p.id AND x.kind = k.kind
                              ORDER BY x.held_on DESC LIMIT 1) s ON TRUE""")
                .params(withSessions ? new Object[] {ids} : new Object[] {ids,
                        java.util.Arrays.stream(SupervisionKind.values()).map(Enum::name).toArray(String[]::new)})
                .query(rs -> {
                    sessions.computeIfAbsent(rs.getObject("practitioner_id", UUID.class), k -> new ArrayList<>())
                            .add(new Session(rs.getObject("id", UUID.class), SupervisionKind.valueOf(rs.getString("kind")),
                                    rs.getObject("held_on", LocalDate.class), rs.getString("supervisor"),
                                    rs.getInt("minutes"), rs.getString("recorded_by")));
                });
        Map<UUID, List<KindStatus>> kinds = new HashMap<>();
        jdbc.sql("""
                SELECT ps.practitioner_id, r.kind, min(r.every_weeks) AS every_weeks,
                       string_agg(s.name, '|' ORDER BY lower(s.name)) AS services
                FROM workforce.practitioner_service ps
                JOIN workforce.service_supervision_requirement r ON r.service_id = ps.service_id
                JOIN workforce.service s ON s.id = ps.service_id
                WHERE ps.practitioner_id = ANY (?)
                GROUP BY ps.practitioner_id, r.kind
                ORDER BY array_position(ARRAY['CLINICAL', 'MANAGERIAL', 'PEER'], r.kind)""")
                .param(ids)
                .query(rs -> {
                    UUID practitioner = rs.getObject("practitioner_id", UUID.class);
                    SupervisionKind kind = SupervisionKind.valueOf(rs.getString("kind"));
                    LocalDate last = sessions.getOrDefault(practitioner, List.of()).stream()
                            .filter(s -> s.kind() == kind).map(Session::heldOn).findFirst().orElse(null);
                    kinds.computeIfAbsent(practitioner, k -> new ArrayList<>()).add(kindStatus(kind,
                            rs.getInt("every_weeks"), Arrays.asList(rs.getString("services").split("\\|")), last,
                            today));
                });
        Map<PractitionerId, SupervisionStatus> statuses = new LinkedHashMap<>();
        names.forEach((id, name) -> statuses.put(id, new SupervisionStatus(id, name,
                kinds.getOrDefault(id.value(), List.of()),
                withSessions ? sessions.getOrDefault(id.value(), List.of()) : List.of())));
        return statuses;
    }

    /** Due the required number of weeks after the last session; never had one: due now. Overdue after the due day. */
    static KindStatus kindStatus(SupervisionKind kind, int everyWeeks, List<String> requiredBy, LocalDate lastHeldOn,
            LocalDate today) {
        LocalDate due = lastHeldOn == null ? today : lastHeldOn.plusWeeks(everyWeeks);
        boolean overdue = lastHeldOn == null || due.isBefore(today);
        return new KindStatus(kind, everyWeeks, requiredBy, lastHeldOn, due, overdue);
    }
}
