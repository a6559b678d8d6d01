package org.pathway.engagement.measures;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.pathway.engagement.measures.MeasureDefinition.Band;
import org.pathway.engagement.measures.MeasureDefinition.Item;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Measure definitions in the database: the national ones seeded by migration, and organisations' own. */
@Repository
class MeasureDefinitionRepository {

    private final JdbcClient jdbc;

    MeasureDefinitionRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    private record Head(UUID id, String code, String name, String description, ScoringRule rule, String totalLabel,
            boolean higher, String licence, UUID organisationId) {}

    /** The national measures and the organisation's own (when given), national first, then by name. */
    List<MeasureDefinition> available(UUID organisationId) {
        List<Head> heads = jdbc.sql("""
                SELECT * FROM engagement.measure_definition
                WHERE retired_at IS NULL AND (organisation_id IS NULL OR organisation_id = :org)
                ORDER BY organisation_id NULLS FIRST, name""")
                .param("org", organisationId)
                .query((rs, n) -> head(rs)).list();
        return assemble(heads);
    }

    /** The organisation's own measures only. */
    List<MeasureDefinition> ownedBy(UUID organisationId) {
        return assemble(jdbc.sql("""
                SELECT * FROM engagement.measure_definition WHERE organisation_id = :org ORDER BY name""")
                .param("org", organisationId).query((rs, n) -> head(rs)).list());
    }

    Optional<MeasureDefinition> find(UUID id) {
        return assemble(jdbc.sql("SELECT * FROM engagement.measure_definition WHERE id = :id")
                .param("id", id).query((rs, n) -> head(rs)).list()).stream().findFirst();
    }

    Optional<MeasureDefinition> national(String code) {
        return assemble(jdbc.sql("""
                SELECT * FROM engagement.measure_definition WHERE organisation_id IS NULL AND code = :code""")
                .param("code", code).query((rs, n) -> head(rs)).list()).stream().findFirst();
    }

    boolean codeTaken(UUID organisationId, String code) {
        return jdbc.sql("""
                SELECT count(*) FROM engagement.measure_definition
                WHERE lower(code) = lower(:code) AND (organisation_id IS NULL OR organisation_id = :org)""")
                .param("code", code).param("org", organisationId).query(Long.class).single() > 0;
    }

    /** Saves a new definition with the licence declaration of the manager who defined it. */
    void insert(MeasureDefinition d, UUID declaredBy, String declaredName, Instant at) {
        jdbc.sql("""
                INSERT INTO engagement.measure_definition (id, code, name, description, scoring_rule, total_label,
                    total_higher_is_better, licence_notice, organisation_id, licence_declared_by, licence_declared_name,
                    licence_declared_at, created_at)
                VALUES (:id, :code, :name, :description, :rule, :totalLabel, :higher, :licence, :org, :by, :byName, :at, :at)""")
                .param("id", d.id()).param("code", d.code()).param("name", d.name())
                .param("description", d.description()).param("rule", d.rule().name())
                .param("totalLabel", d.totalLabel()).param("higher", d.totalHigherIsBetter())
                .param("licence", d.licenceNotice()).param("org", d.organisationId())
                .param("by", declaredBy).param("byName", declaredName)
                .param("at", java.sql.Timestamp.from(at)).update();
        int position = 1;
        for (Item item : d.items()) {
            jdbc.sql("""
                    INSERT INTO engagement.measure_item (definition_id, position, code, label, wording, min_value,
                        max_value, separate, higher_is_better)
                    VALUES (:id, :position, :code, :label, :wording, :min, :max, :separate, :higher)""")
                    .param("id", d.id()).param("position", position++).param("code", item.code())
                    .param("label", item.label()).param("wording", item.wording()).param("min", item.min())
                    .param("max", item.max()).param("separate", item.separate())
                    .param("higher", item.higherIsBetter()).update();
            for (var answer : item.answers().entrySet()) {
                jdbc.sql("""
                        INSERT INTO engagement.measure_answer_label (definition_id, item_code, value, label)
                        VALUES (:id, :code, :value, :label)""")
                        .param("id", d.id()).param("code", item.code()).param("value", answer.getKey())
                        .param("label", answer.getValue()).update();
            }
        }
        for (Band band : d.bands()) {
            jdbc.sql("""
                    INSERT INTO engagement.measure_band (definition_id, item_code, low, high, label)
                    VALUES (:id, :item, :low, :high, :label)""")
                    .param("id", d.id()).param("item", band.itemCode()).param("low", band.low())
                    .param("high", band.high()).param("label", band.label()).update();
        }
        for (var entry : d.lookup().entrySet()) {
            jdbc.sql("INSERT INTO engagement.measure_conversion (definition_id, raw, metric) VALUES (:id, :raw, :metric)")
                    .param("id", d.id()).param("raw", entry.getKey()).param("metric", entry.getValue()).update();
        }
    }

    private static Head head(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Head(rs.getObject("id", UUID.class), rs.getString("code"), rs.getString("name"),
                rs.getString("description"), ScoringRule.valueOf(rs.getString("scoring_rule")),
                rs.getString("total_label"), rs.getBoolean("total_higher_is_better"), rs.getString("licence_notice"),
                rs.getObject("organisation_id", UUID.class));
    }

    private List<MeasureDefinition> assemble(List<Head> heads) {
        if (heads.isEmpty()) {
            return List.of();
        }
        Collection<UUID> ids = heads.stream().map(Head::id).toList();
        Map<UUID, Map<String, Map<Integer, String>>> labels = new HashMap<>();
        jdbc.sql("SELECT * FROM engagement.measure_answer_label WHERE definition_id IN (:ids)").param("ids", ids)
                .query(rs -> {
                    labels.computeIfAbsent(rs.getObject("definition_id", UUID.class), k -> new HashMap<>())
                            .computeIfAbsent(rs.getString("item_code"), k -> new HashMap<>())
                            .put(rs.getInt("value"), rs.getString("label"));
                });
        Map<UUID, List<Item>> items = new HashMap<>();
        jdbc.sql("SELECT * FROM engagement.measure_item WHERE definition_id IN (:ids) ORDER BY position")
                .param("ids", ids).query(rs -> {
                    UUID id = rs.getObject("definition_id", UUID.class);
                    String code = rs.getString("code");
                    items.computeIfAbsent(id, k -> new ArrayList<>()).add(new Item(code, rs.getString("label"),
                            rs.getString("wording"), rs.getInt("min_value"), rs.getInt("max_value"),
                            labels.getOrDefault(id, Map.of()).getOrDefault(code, Map.of()), rs.getBoolean("separate"),
                            rs.getBoolean("higher_is_better")));
                });
        Map<UUID, List<Band>> bands = new HashMap<>();
        jdbc.sql("SELECT * FROM engagement.measure_band WHERE definition_id IN (:ids) ORDER BY item_code, low")
                .param("ids", ids).query(rs -> {
                    bands.computeIfAbsent(rs.getObject("definition_id", UUID.class), k -> new ArrayList<>())
                            .add(new Band(rs.getString("item_code"), rs.getBigDecimal("low"), rs.getBigDecimal("high"),
                                    rs.getString("label")));
                });
        Map<UUID, Map<Integer, BigDecimal>> lookups = new HashMap<>();
        jdbc.sql("SELECT * FROM engagement.measure_conversion WHERE definition_id IN (:ids)")
                .param("ids", ids).query(rs -> {
                    lookups.computeIfAbsent(rs.getObject("definition_id", UUID.class), k -> new HashMap<>())
                            .put(rs.getInt("raw"), rs.getBigDecimal("metric"));
                });
        Map<UUID, MeasureDefinition> out = new LinkedHashMap<>();
        for (Head h : heads) {
            out.put(h.id(), new MeasureDefinition(h.id(), h.code(), h.name(), h.description(), h.rule(), h.totalLabel(),
                    h.higher(), h.licence(), h.organisationId(), items.getOrDefault(h.id(), List.of()),
                    bands.getOrDefault(h.id(), List.of()), lookups.getOrDefault(h.id(), Map.of())));
        }
        return List.copyOf(out.values());
    }
}
