package org.pathway.workforce.training;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.pathway.workforce.PractitionerId;
import org.pathway.workforce.ServiceId;
import org.pathway.workforce.Training;
import org.pathway.workforce.Training.Completion;
import org.pathway.workforce.Training.Course;
import org.pathway.workforce.Training.MandatoryCourse;
import org.pathway.workforce.Training.Requirement;
import org.pathway.workforce.Training.State;
import org.pathway.workforce.Training.TrainingStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Reads training: the course list, mandatory sets, and a practitioner's standing against theirs. */
@Component
class TrainingQueries {

    private final JdbcClient jdbc;

    TrainingQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Course> courses() {
        return jdbc.sql("SELECT id, name, description FROM workforce.course ORDER BY lower(name)")
                .query((rs, n) -> new Course(rs.getObject("id", UUID.class), rs.getString("name"),
                        rs.getString("description"))).list();
    }

    List<MandatoryCourse> mandatoryFor(ServiceId service) {
        return jdbc.sql("""
                SELECT m.course_id, m.renewal_months FROM workforce.service_mandatory_course m
                JOIN workforce.course c ON c.id = m.course_id WHERE m.service_id = ? ORDER BY lower(c.name)""")
                .param(service.value())
                .query((rs, n) -> new MandatoryCourse(rs.getObject("course_id", UUID.class),
                        (Integer) rs.getObject("renewal_months"))).list();
    }

    boolean recorded(PractitionerId practitioner, UUID course, LocalDate completedOn) {
        return jdbc.sql("""
                SELECT count(*) FROM workforce.training_record
                WHERE practitioner_id = ? AND course_id = ? AND completed_on = ?""")
                .params(practitioner.value(), course, completedOn).query(Long.class).single() > 0;
    }

    /** The strictest renewal period any of the practitioner's services sets for this course. */
    Optional<Integer> renewalMonths(PractitionerId practitioner, UUID course) {
        return jdbc.sql("""
                SELECT min(m.renewal_months) FROM workforce.practitioner_service ps
                JOIN workforce.service_mandatory_course m ON m.service_id = ps.service_id
                WHERE ps.practitioner_id = ? AND m.course_id = ?""")
                .params(practitioner.value(), course).query((rs, n) -> (Integer) rs.getObject(1)).optional();
    }

    TrainingStatus status(PractitionerId practitioner, String name, LocalDate today) {
        return statuses(Map.of(practitioner, name), today).get(practitioner);
    }

    /** Each practitioner's standing, read for all of them at once (a team page reads a whole team). */
    Map<PractitionerId, TrainingStatus> statuses(Map<PractitionerId, String> names, LocalDate today) {
        UUID[] ids = names.keySet().stream().map(PractitionerId::value).toArray(UUID[]::new);
        Map<UUID, List<Completion>> completions = new HashMap<>();
        jdbc.sql("""
                SELECT r.practitioner_id, r.id, r.completed_on, r.expires_on, r.recorded_by, c.id AS course_id, c.name,
                       c.description
                FROM workforce.training_record r JOIN workforce.course c ON c.id = r.course_id
                WHERE r.practitioner_id = ANY (?) ORDER BY r.completed_on DESC, lower(c.name)""")
                .param(ids)
                .query(rs -> {
                    completions.computeIfAbsent(rs.getObject("practitioner_id", UUID.class), k -> new ArrayList<>())
                            .add(new Completion(rs.getObject("id", UUID.class),
                                    new Course(rs.getObject("course_id", UUID.class), rs.getString("name"),
                                            rs.getString("description")),
                                    rs.getObject("completed_on", LocalDate.class),
                                    rs.getObject("expires_on", LocalDate.class), rs.getString("recorded_by")));
                });
        Map<UUID, List<Requirement>> requirements = new HashMap<>();
        jdbc.sql("""
                SELECT ps.practitioner_id, c.id, c.name, c.description, min(m.renewal_months) AS renewal_months,
                       string_agg(s.name, '|' ORDER BY lower(s.name)) AS services
                FROM workforce.practitioner_service ps
                JOIN workforce.service_mandatory_course m ON m.service_id = ps.service_id
                JOIN workforce.service s ON s.id = ps.service_id
                JOIN workforce.course c ON c.id = m.course_id
                WHERE ps.practitioner_id = ANY (?)
                GROUP BY ps.practitioner_id, c.id, c.name, c.description ORDER BY lower(c.name)""")
                .param(ids)
                .query(rs -> {
                    UUID practitioner = rs.getObject("practitioner_id", UUID.class);
                    Course course = new Course(rs.getObject("id", UUID.class), rs.getString("name"),
                            rs.getString("description"));
                    Completion latest = completions.getOrDefault(practitioner, List.of()).stream()
                            .filter(c -> c.course().id().equals(course.id())).findFirst().orElse(null);
                    requirements.computeIfAbsent(practitioner, k -> new ArrayList<>()).add(requirement(course,
                            (Integer) rs.getObject("renewal_months"),
                            Arrays.asList(rs.getString("services").split("\\|")), latest, today));
                });
        Map<PractitionerId, TrainingStatus> statuses = new LinkedHashMap<>();
        names.forEach((id, name) -> statuses.put(id, new TrainingStatus(id, name,
                requirements.getOrDefault(id.value(), List.of()), completions.getOrDefault(id.value(), List.of()))));
        return statuses;
    }

    /**
     * Where a practitioner stands on one mandatory course: the completion's own expiry date, or, when it has none,
     * its date plus the renewal period. Expired on the expiry date; expiring within {@link Training#EXPIRING_WITHIN_DAYS}.
     */
    static Requirement requirement(Course course, Integer renewalMonths, List<String> requiredBy, Completion latest,
            LocalDate today) {
        if (latest == null) {
            return new Requirement(course, renewalMonths, requiredBy, null, null, State.MISSING);
        }
        LocalDate expires = latest.expiresOn() != null ? latest.expiresOn()
                : renewalMonths == null ? null : latest.completedOn().plusMonths(renewalMonths);
        State state = expires == null || expires.isAfter(today.plusDays(Training.EXPIRING_WITHIN_DAYS)) ? State.CURRENT
                : expires.isAfter(today) ? State.EXPIRING : State.EXPIRED;
        return new Requirement(course, renewalMonths, requiredBy, latest.completedOn(), expires, state);
    }
}
