package org.pathway.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.pathway.DemoIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The demo ICS as loaded into the database on start, through the workforce module's API. */
@DemoIntegrationTest
class DemoDataIntegrationTests {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DemoDataLoader loader;

    /** What the loader was given: the generator's output for the default seed. Other tests add records of their own. */
    static final DemoIcs GENERATED = DemoIcsGenerator.generate(DemoDataLoader.DEFAULT_SEED, DemoSize.ICS);

    @Test
    void theLoadedIcsHasTheSeedsStructure() {
        List<UUID> organisations = GENERATED.workforce().organisations().stream().map(o -> o.id().value()).toList();
        Map<String, Long> byKind = new HashMap<>();
        jdbc.sql("SELECT kind, count(*) AS n FROM workforce.organisation WHERE id IN (:ids) GROUP BY kind")
                .param("ids", organisations)
                .query(rs -> {
                    byKind.put(rs.getString("kind"), rs.getLong("n"));
                });
        assertThat(byKind).containsEntry("ICS", 1L).containsEntry("LOCALITY", 5L).containsEntry("PCN", 31L)
                .containsEntry("GP_PRACTICE", 131L).containsEntry("PROVIDER", 10L);

        List<UUID> practitioners = new ArrayList<>(GENERATED.workforce().practitioners().stream()
                .map(p -> p.id().value()).toList());
        practitioners.add(GENERATED.linkWorkerId().value());
        assertThat(jdbc.sql("SELECT count(*) FROM workforce.practitioner WHERE id IN (:ids)").param("ids", practitioners)
                .query(Long.class).single()).isEqualTo(85);

        assertThat(jdbc.sql("SELECT DISTINCT employer_type FROM workforce.organisation"
                        + " WHERE employer_type IS NOT NULL AND id IN (:ids)").param("ids", organisations)
                .query(String.class).list())
                .containsExactlyInAnyOrder("PCN", "VCSE", "NHS_TRUST", "LOCAL_AUTHORITY", "OTHER");
        assertThat(jdbc.sql("SELECT DISTINCT access_model || '/' || engagement_model FROM workforce.service"
                        + " WHERE id IN (:ids)")
                .param("ids", GENERATED.workforce().services().stream().map(x -> x.id().value()).toList())
                .query(String.class).list())
                .containsExactlyInAnyOrder("OPEN/RELATIONAL", "OPEN/TRANSACTIONAL", "BOUNDARIED/RELATIONAL",
                        "BOUNDARIED/TRANSACTIONAL");
    }

    @Test
    void everyGeneratedNameAndCodeIsStoredAsGenerated() {
        for (var organisation : GENERATED.workforce().organisations()) {
            assertThat(jdbc.sql("SELECT name || '|' || coalesce(ods_code, '') FROM workforce.organisation WHERE id = ?")
                    .param(organisation.id().value()).query(String.class).single())
                    .isEqualTo(organisation.command().name() + "|"
                            + (organisation.command().odsCode() == null ? "" : organisation.command().odsCode()));
        }
    }

    @Test
    void everyPracticeSitsInAPcnInALocalityOfTheIcs() {
        long orphans = jdbc.sql("""
                SELECT count(*) FROM workforce.organisation p
                LEFT JOIN workforce.organisation pcn ON pcn.id = p.parent_id AND pcn.kind = 'PCN'
                LEFT JOIN workforce.organisation l ON l.id = pcn.parent_id AND l.kind = 'LOCALITY'
                LEFT JOIN workforce.organisation ics ON ics.id = l.parent_id AND ics.kind = 'ICS'
                WHERE p.kind = 'GP_PRACTICE' AND ics.id IS NULL""").query(Long.class).single();
        assertThat(orphans).isZero();
    }

    @Test
    void demoSignInsAreScopedAndTheLinkWorkerHasTheirOwnPractitionerRecord() {
        record Scope(String username, String kind, String employerType) {}
        List<Scope> scopes = jdbc.sql("""
                SELECT u.username, o.kind, o.employer_type FROM governance.user_account u
                JOIN workforce.organisation o ON o.id = u.organisation_id ORDER BY u.username""")
                .query(Scope.class).list();
        // Other test classes share this database and add users of their own: look at the demo ones.
        assertThat(scopes).extracting(Scope::username)
                .contains("admin", "icslead", "linkworker", "manager", "provider", "referrer", "researcher");
        assertThat(scopes).filteredOn(s -> s.username().equals("manager")).singleElement()
                .satisfies(s -> assertThat(s.employerType()).isEqualTo("VCSE"));
        assertThat(scopes).filteredOn(s -> s.username().equals("referrer")).singleElement()
                .satisfies(s -> assertThat(s.kind()).isEqualTo("GP_PRACTICE"));
        assertThat(scopes).filteredOn(s -> s.username().equals("provider")).singleElement()
                .satisfies(s -> assertThat(s.kind()).isEqualTo("PROVIDER"));
        assertThat(scopes).filteredOn(s -> List.of("admin", "icslead", "researcher").contains(s.username()))
                .allSatisfy(s -> assertThat(s.kind()).isEqualTo("ICS"));

        assertThat(jdbc.sql("""
                SELECT count(*) FROM workforce.practitioner p
                JOIN governance.user_account u ON u.id = p.user_account_id
                WHERE u.username = 'linkworker' AND p.employer_id = u.organisation_id""").query(Long.class).single())
                .isEqualTo(1);
    }

    @Test
    void theLoadIsAuditedOnceRatherThanPerRecord() {
        assertThat(jdbc.sql("SELECT count(*) FROM governance.audit_event WHERE action = 'LOAD' AND record_type = 'workforce'")
                .query(Long.class).single()).isBetween(1L, 2L);
        assertThat(jdbc.sql("SELECT count(*) FROM governance.audit_event WHERE record_type = 'organisation'")
                .query(Long.class).single()).isLessThan(100);
    }

    @Test
    void aLoadStoppedPartWayResumesWithoutLoadingAnIcsTwice() {
        long referrals = jdbc.sql("SELECT count(*) FROM access.referral").query(Long.class).single();
        jdbc.sql("DELETE FROM platform.demo_dataset").update();

        loader.run(new org.springframework.boot.DefaultApplicationArguments());

        assertThat(jdbc.sql("SELECT count(*) FROM platform.demo_dataset").query(Long.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("SELECT count(*) FROM access.referral").query(Long.class).single()).isEqualTo(referrals);
        assertThat(countOf("ICS")).isEqualTo(1);
    }

    private long countOf(String kind) {
        return jdbc.sql("SELECT count(*) FROM workforce.organisation WHERE kind = ?").param(kind).query(Long.class).single();
    }
}
