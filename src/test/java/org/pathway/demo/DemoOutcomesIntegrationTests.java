package org.pathway.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.pathway.DemoIntegrationTest;
import org.pathway.engagement.loading.OutcomesLoader;
import org.pathway.engagement.cases.CaseTestSupport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The demo's plans, measures and closure messages for cases loaded as history: decided here, written by engagement. */
@DemoIntegrationTest
// One context and database for the outcome tests: the cases and referrals they make stay out of the demo data
// that other tests read.
@org.springframework.test.context.TestPropertySource(properties = "pathway.test.context=outcomes")
class DemoOutcomesIntegrationTests {

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    OutcomesLoader outcomes;

    @Test
    void historicCasesGetPlansAndMeasuresThatImproveOnAverageAndClosedOnesAMessage() {
        CaseTestSupport cases = CaseTestSupport.from(context);
        List<UUID> ids = new ArrayList<>();
        for (int i = 0; i < 24; i++) {
            UUID id = cases.openCase("History" + i);
            ids.add(id);
            jdbc.sql("UPDATE engagement.case_episode SET opened_at = now() - interval '200 days' WHERE id = ?")
                    .param(id).update();
            if (i % 2 == 0) {
                jdbc.sql("""
                        UPDATE engagement.case_episode SET status = 'CLOSED', closed_at = now() - interval '5 days',
                            closure_reason = 'GOALS_MET' WHERE id = ?""").param(id).update();
            }
        }
        OutcomesLoader.Loaded loaded = load(42L);
        assertThat(loaded.cases()).isGreaterThanOrEqualTo(24);

        for (UUID id : ids) {
            assertThat(jdbc.sql("SELECT count(*) FROM engagement.goal WHERE case_id = ?").param(id).query(Long.class)
                    .single()).as("goals").isBetween(1L, 3L);
            assertThat(jdbc.sql("SELECT count(*) FROM engagement.what_matters WHERE case_id = ?").param(id)
                    .query(Long.class).single()).isEqualTo(1);
            assertThat(jdbc.sql("""
                    SELECT count(DISTINCT occasion) FROM engagement.measure_record WHERE case_id = ?""").param(id)
                    .query(Long.class).single()).as("baseline, review (and closure when closed)").isGreaterThanOrEqualTo(2);
        }
        // SWEMWBS metric change from baseline to latest, across these cases: on average better, not for everyone alike.
        List<Double> changes = jdbc.sql("""
                SELECT (SELECT s.value FROM engagement.measure_record r JOIN engagement.measure_score s ON s.record_id = r.id
                        WHERE r.case_id = c.id AND r.definition_id = '5e0a0000-0000-4000-8000-000000000002'
                        ORDER BY r.taken_on DESC LIMIT 1)
                     - (SELECT s.value FROM engagement.measure_record r JOIN engagement.measure_score s ON s.record_id = r.id
                        WHERE r.case_id = c.id AND r.definition_id = '5e0a0000-0000-4000-8000-000000000002'
                          AND r.occasion = 'BASELINE' LIMIT 1)
                FROM engagement.case_episode c WHERE c.id IN (:ids)""").param("ids", ids).query(Double.class).list();
        assertThat(changes.stream().mapToDouble(Double::doubleValue).average().orElseThrow()).isPositive();
        assertThat(changes.stream().distinct().count()).isGreaterThan(3);

        assertThat(jdbc.sql("""
                SELECT count(*) FROM engagement.outcome_message WHERE case_id IN (:ids) AND codes LIKE '871731000000106|%'""")
                .param("ids", ids).query(Long.class).single()).isEqualTo(12);
        // Loading again adds nothing: every case already has its outcomes.
        load(42L);
        assertThat(jdbc.sql("SELECT count(*) FROM engagement.outcome_message WHERE case_id IN (:ids)").param("ids", ids)
                .query(Long.class).single()).isEqualTo(12);
    }

    private OutcomesLoader.Loaded load(long seed) {
        return outcomes.load(DemoOutcomeGenerator.generate(seed, LocalDate.now(), outcomes.casesWithoutOutcomes(),
                "Demo link worker"));
    }
}
