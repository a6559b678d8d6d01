package org.pathway.engagement.measures;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.pathway.engagement.measures.Scorer.Score;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The measures recorded on cases: answers as given and scores as computed when they were recorded. */
@Repository
class MeasureRecordRepository {

    private final JdbcClient jdbc;

    MeasureRecordRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(UUID id, UUID caseId, UUID definitionId, Occasion occasion, LocalDate takenOn,
            Map<String, Integer> answers, List<Score> scores, String by, Instant at) {
        jdbc.sql("""
                INSERT INTO engagement.measure_record (id, case_id, definition_id, occasion, taken_on, recorded_by, recorded_at)
                VALUES (:id, :case, :definition, :occasion, :takenOn, :by, :at)""")
                .param("id", id).param("case", caseId).param("definition", definitionId)
                .param("occasion", occasion.name()).param("takenOn", takenOn).param("by", by)
                .param("at", Timestamp.from(at)).update();
        answers.forEach((code, value) -> jdbc.sql("""
                INSERT INTO engagement.measure_answer (record_id, item_code, value) VALUES (:id, :code, :value)""")
                .param("id", id).param("code", code).param("value", value).update());
        int position = 0;
        for (Score s : scores) {
            jdbc.sql("""
                    INSERT INTO engagement.measure_score (record_id, position, score_key, label, value, band, higher_is_better)
                    VALUES (:id, :position, :key, :label, :value, :band, :higher)""")
                    .param("id", id).param("position", position++).param("key", s.key()).param("label", s.label())
                    .param("value", s.value()).param("band", s.band()).param("higher", s.higherIsBetter()).update();
        }
    }

    /** Every measure recorded on the case, oldest first. */
    List<Recorded> ofCase(UUID caseId) {
        Map<UUID, List<Score>> scores = new LinkedHashMap<>();
        jdbc.sql("""
                SELECT s.* FROM engagement.measure_score s JOIN engagement.measure_record r ON r.id = s.record_id
                WHERE r.case_id = :case ORDER BY s.record_id, s.position""")
                .param("case", caseId).query(rs -> {
                    scores.computeIfAbsent(rs.getObject("record_id", UUID.class), k -> new ArrayList<>())
                            .add(new Score(rs.getString("score_key"), rs.getString("label"), rs.getBigDecimal("value"),
                                    rs.getString("band"), rs.getBoolean("higher_is_better")));
                });
        return jdbc.sql("""
                SELECT id, definition_id, occasion, taken_on, recorded_by FROM engagement.measure_record
                WHERE case_id = :case ORDER BY taken_on, recorded_at""")
                .param("case", caseId)
                .query((rs, n) -> {
                    UUID id = rs.getObject("id", UUID.class);
                    return new Recorded(id, rs.getObject("definition_id", UUID.class),
                            Occasion.valueOf(rs.getString("occasion")), rs.getObject("taken_on", LocalDate.class),
                            rs.getString("recorded_by"), scores.getOrDefault(id, List.of()));
                }).list();
    }

    static BigDecimal change(BigDecimal from, BigDecimal to) {
        return to.subtract(from);
    }
}
