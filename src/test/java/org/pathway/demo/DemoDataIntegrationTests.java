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

    /** The share of each employer group's practitioners holding all four items needed to work remotely on a day. */
    double readyShare(String employerType, String contracting, String on) {
        return jdbc.sql("""
                SELECT avg(CASE WHEN (SELECT count(DISTINCT e.item) FROM workforce.equipment_provision e
                                      WHERE e.practitioner_id = p.id AND e.item <> 'WORKSPACE'
                                        AND e.provided_on <= CAST(? AS date)
                                        AND (e.withdrawn_on IS NULL OR e.withdrawn_on > CAST(? AS date))) = 4
                                THEN 1.0 ELSE 0.0 END)
                FROM workforce.practitioner p JOIN workforce.organisation o ON o.id = p.employer_id
                WHERE o.employer_type = ? AND (CAST(? AS text) IS NULL OR o.contracting = ?)""")
                .params(on, on, employerType, contracting, contracting).query(Double.class).single();
    }

    double meanWellbeing(String employerType, String from, String to) {
        return jdbc.sql("""
                SELECT avg(r.wellbeing) FROM workforce.pulse_response r
                JOIN workforce.practitioner p ON p.id = r.practitioner_id
                JOIN workforce.organisation o ON o.id = p.employer_id
                WHERE o.employer_type = ? AND r.period_start BETWEEN CAST(? AS date) AND CAST(? AS date)""")
                .params(employerType, from, to).query(Double.class).single();
    }

    /** The share of the hours recorded on other work by one type of employer's practitioners between two dates. */
    double otherWorkShare(String employerType, String from, String to) {
        return jdbc.sql("""
                SELECT sum(t.welfare_hours + t.practice_admin_hours + t.emergency_hours + t.training_hours)
                       / sum(t.core_hours + t.welfare_hours + t.practice_admin_hours + t.emergency_hours + t.training_hours)
                FROM workforce.time_use t
                JOIN workforce.practitioner p ON p.id = t.practitioner_id
                JOIN workforce.organisation o ON o.id = p.employer_id
                WHERE o.employer_type = ? AND t.week_starting BETWEEN CAST(? AS date) AND CAST(? AS date)""")
                .params(employerType, from, to).query(Double.class).single();
    }

    @Test
    void timeUseShowsPcnPractitionersDriftingIntoOtherWorkInTheHardestYear() {
        double pcn = otherWorkShare("PCN", "2020-04-01", "2021-04-30");
        double vcse = otherWorkShare("VCSE", "2020-04-01", "2021-04-30");
        double trust = otherWorkShare("NHS_TRUST", "2020-04-01", "2021-04-30");
        assertThat(pcn).isGreaterThan(0.35);
        assertThat(vcse).isBetween(trust, pcn);
        assertThat(otherWorkShare("PCN", "2022-01-01", "2026-01-01")).isLessThan(pcn);
        // the demo link worker's welfare calls carry their sign-in, so their time use counts them
        assertThat(jdbc.sql("""
                SELECT count(*) FROM access.welfare_contact c JOIN governance.user_account u ON u.id = c.contacted_by_account
                WHERE u.username = 'linkworker'""").query(Long.class).single()).isPositive();
    }

    @Test
    void theWorkforceHistoryCarriesTheSeedsContrastsFromTheFirstLockdown() {
        // On 1 April 2020: every NHS trust practitioner could work from home, no PCN-employed one could, and most
        // subcontracted VCSE ones could.
        assertThat(readyShare("NHS_TRUST", null, "2020-04-01")).isEqualTo(1.0);
        assertThat(readyShare("PCN", null, "2020-04-01")).isZero();
        assertThat(readyShare("VCSE", "SUB_CONTRACTED", "2020-04-01")).isBetween(0.3, 0.95);
        // A year on, most PCN practitioners are equipped.
        assertThat(readyShare("PCN", null, "2021-06-01")).isGreaterThan(0.6);
        // Wellbeing in the hardest year: PCN-employed practitioners lowest, trust ones highest.
        double pcn = meanWellbeing("PCN", "2020-04-01", "2021-04-30");
        double vcse = meanWellbeing("VCSE", "2020-04-01", "2021-04-30");
        double trust = meanWellbeing("NHS_TRUST", "2020-04-01", "2021-04-30");
        assertThat(pcn).isLessThan(vcse);
        assertThat(vcse).isLessThan(trust);
        // Training, supervision, profiles and champions are there for the pages to show.
        assertThat(jdbc.sql("SELECT count(*) FROM workforce.service_mandatory_course").query(Long.class).single())
                .isPositive();
        assertThat(jdbc.sql("SELECT count(*) FROM workforce.supervision_session").query(Long.class).single())
                .isPositive();
        assertThat(jdbc.sql("SELECT count(*) FROM workforce.practice_champion").query(Long.class).single())
                .isPositive();
        assertThat(jdbc.sql("""
                SELECT count(*) FROM workforce.practitioner p JOIN governance.user_account u ON u.id = p.user_account_id
                WHERE u.username = 'linkworker' AND p.base IS NOT NULL""").query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void theDemoHasAgreementsSomeDueForReviewAndOneExpired() {
        assertThat(jdbc.sql("SELECT count(*) FROM partnerships.agreement WHERE expires_on <= current_date")
                .query(Long.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("""
                SELECT count(*) FROM partnerships.agreement
                WHERE review_on BETWEEN current_date AND current_date + 60""").query(Long.class).single()).isPositive();
        assertThat(jdbc.sql("SELECT count(*) FROM partnerships.agreement WHERE review_on < current_date")
                .query(Long.class).single()).isPositive();
        assertThat(jdbc.sql("SELECT count(DISTINCT kind) FROM partnerships.agreement").query(Long.class).single())
                .isEqualTo(3);
    }

    @Test
    void theDemoHasTwoPeerSupportGroupsWithMeetingsWherePcnEmployedMembersCameMostInTheHardestYear() {
        UUID icsId = GENERATED.ics().value();
        assertThat(jdbc.sql("SELECT name FROM partnerships.peer_group WHERE ics_id = ? ORDER BY name").param(icsId)
                .query(String.class).list()).containsExactly(DemoPeerSupport.LINK_WORKERS_GROUP + " – Cornwall",
                        DemoPeerSupport.MENTAL_HEALTH_GROUP);
        assertThat(jdbc.sql("SELECT count(*) FROM partnerships.peer_forum WHERE ics_id = ?").param(icsId)
                .query(Long.class).single()).isEqualTo(2);
        assertThat(jdbc.sql("SELECT count(*) FROM partnerships.community_builder WHERE ics_id = ?").param(icsId)
                .query(Long.class).single()).isEqualTo(2);
        // Fortnightly since April 2020 and monthly since September 2021, each with its next meeting planned.
        Map<String, long[]> meetings = new HashMap<>();
        jdbc.sql("""
                SELECT g.name, count(DISTINCT m.id) FILTER (WHERE NOT m.planned) AS held,
                  count(DISTINCT m.id) FILTER (WHERE m.planned) AS planned,
                  count(DISTINCT mb.practitioner_id) AS members
                FROM partnerships.peer_group g JOIN partnerships.peer_meeting m ON m.group_id = g.id
                JOIN partnerships.peer_group_member mb ON mb.group_id = g.id
                WHERE g.ics_id = ? GROUP BY g.name""").param(icsId)
                .query(rs -> {
                    meetings.put(rs.getString("name"), new long[] {rs.getLong("held"), rs.getLong("planned"),
                            rs.getLong("members")});
                });
        assertThat(meetings.get(DemoPeerSupport.LINK_WORKERS_GROUP + " – Cornwall")[0]).isGreaterThan(100);
        assertThat(meetings.get(DemoPeerSupport.MENTAL_HEALTH_GROUP)[0]).isGreaterThan(30);
        assertThat(meetings.values()).allSatisfy(m -> assertThat(m[1]).isEqualTo(1));
        // The demo link worker is a member of the link workers' group.
        assertThat(jdbc.sql("SELECT count(*) FROM partnerships.peer_group_member WHERE practitioner_id = ?")
                .param(GENERATED.linkWorkerId().value()).query(Long.class).single()).isEqualTo(1);
        // Members come from PCN, VCSE and trust employers; PCN-employed members came most in 2020-21.
        assertThat(jdbc.sql("""
                SELECT DISTINCT o.employer_type FROM partnerships.peer_group_member mb
                JOIN partnerships.peer_group g ON g.id = mb.group_id
                JOIN workforce.practitioner p ON p.id = mb.practitioner_id
                JOIN workforce.organisation o ON o.id = p.employer_id WHERE g.ics_id = ?""").param(icsId)
                .query(String.class).list()).contains("PCN", "VCSE", "NHS_TRUST");
        Map<String, Double> rates = new HashMap<>();
        jdbc.sql("""
                SELECT o.employer_type = 'PCN' AS pcn,
                  avg(CASE WHEN a.practitioner_id IS NULL THEN 0.0 ELSE 1.0 END) AS rate
                FROM partnerships.peer_meeting m JOIN partnerships.peer_group g ON g.id = m.group_id
                JOIN partnerships.peer_group_member mb ON mb.group_id = g.id AND mb.joined_on <= m.held_on
                  AND (mb.left_on IS NULL OR mb.left_on >= m.held_on)
                JOIN workforce.practitioner p ON p.id = mb.practitioner_id
                JOIN workforce.organisation o ON o.id = p.employer_id
                LEFT JOIN partnerships.peer_attendance a ON a.meeting_id = m.id AND a.practitioner_id = mb.practitioner_id
                WHERE g.ics_id = ? AND NOT m.planned AND m.held_on < DATE '2022-01-01'
                GROUP BY 1""").param(icsId)
                .query(rs -> {
                    rates.put(rs.getBoolean("pcn") ? "PCN" : "other", rs.getDouble("rate"));
                });
        assertThat(rates.get("PCN")).isGreaterThan(rates.get("other") + 0.2);
    }
}
