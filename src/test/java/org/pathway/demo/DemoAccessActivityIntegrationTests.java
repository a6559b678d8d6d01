package org.pathway.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pathway.DemoIntegrationTest;
import org.pathway.access.loading.AccessLoader;
import org.pathway.access.ReferralChannel;
import org.pathway.access.loading.AccessLoader.ReferralHistory;
import org.pathway.access.loading.AccessLoader.Step;
import org.pathway.access.ReferralSource;
import org.pathway.people.PersonDetails;
import org.pathway.shared.Need;
import org.pathway.support.SignIns;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/** The demo ICS's two years of access activity, as loaded at the tests' small scale. */
@DemoIntegrationTest
class DemoAccessActivityIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserDetailsService users;

    @Autowired
    AccessLoader loader;

    SignIns signIns;

    /** Everything the demo loaded is dated before the load date; other tests add referrals now. */
    Timestamp loadDate;

    @BeforeEach
    void setUp() {
        signIns = new SignIns(users);
        loadDate = Timestamp.from(LocalDate.now(DemoActivityGenerator.ZONE).atStartOfDay(DemoActivityGenerator.ZONE)
                .toInstant());
    }

    @Test
    void theReferrerSeesTheirReferralsInSeveralStates() throws Exception {
        List<String> statuses = jdbc.sql("""
                SELECT DISTINCT status FROM access.referral WHERE referrer_username = 'referrer' AND received_at < ?""")
                .param(loadDate).query(String.class).list();
        assertThat(statuses).contains("RECEIVED", "WAITLISTED", "ACCEPTED", "DECLINED");

        // Other tests add referrals by the same referrer (newest first), so look through the first pages.
        StringBuilder pages = new StringBuilder();
        for (int page = 1; page <= 10; page++) {
            pages.append(mvc.perform(get("/referrals/mine").param("page", String.valueOf(page))
                    .with(signIns.as("referrer"))).andExpect(status().isOk()).andReturn().getResponse()
                    .getContentAsString());
        }
        assertThat(pages).contains("On the waiting list", "Declined");
    }

    @Test
    void theLinkWorkerAndManagerHaveAWaitingTriageQueueWithOverdueReferrals() throws Exception {
        for (String username : List.of("linkworker", "manager")) {
            mvc.perform(get("/triage").with(signIns.as(username))).andExpect(status().isOk())
                    .andExpect(content().string(containsString("Connect 55+")))
                    .andExpect(content().string(containsString("overdue")));
        }
        long waiting = jdbc.sql("""
                SELECT count(*) FROM access.referral r JOIN workforce.service s ON s.id = r.service_id
                JOIN governance.user_account u ON u.organisation_id = s.employer_id AND u.username = 'linkworker'
                WHERE r.status IN ('RECEIVED', 'WAITLISTED') AND r.received_at < ?""")
                .param(loadDate).query(Long.class).single();
        assertThat(waiting).isGreaterThanOrEqualTo(10);
    }

    @Test
    void eachReferralsHistoryEndsInItsStatusAndMatchesItsStamps() {
        long referrals = jdbc.sql("SELECT count(*) FROM access.referral WHERE received_at < ?").param(loadDate)
                .query(Long.class).single();
        assertThat(referrals).isGreaterThan(500);
        long incoherent = jdbc.sql("""
                WITH last AS (
                  SELECT DISTINCT ON (referral_id) referral_id, to_status, changed_at FROM access.referral_status_change
                  ORDER BY referral_id, changed_at DESC, id DESC),
                first AS (
                  SELECT DISTINCT ON (referral_id) referral_id, from_status, to_status, changed_at
                  FROM access.referral_status_change ORDER BY referral_id, changed_at, id)
                SELECT count(*) FROM access.referral r
                JOIN last l ON l.referral_id = r.id JOIN first f ON f.referral_id = r.id
                WHERE r.received_at < ? AND (l.to_status <> r.status
                  OR f.to_status <> 'RECEIVED' OR f.from_status IS NOT NULL OR f.changed_at <> r.received_at
                  OR (r.status IN ('ACCEPTED', 'DECLINED', 'REDIRECTED') AND r.decided_at IS DISTINCT FROM l.changed_at)
                  OR (r.status <> 'RECEIVED' AND r.first_action_at IS NULL)
                  OR (r.status = 'ACCEPTED' AND r.allocated_practitioner_id IS NULL)
                  OR (r.status = 'DECLINED' AND r.decline_reason IS NULL)
                  OR (r.status = 'WAITLISTED' AND r.waitlisted_at IS NULL))""")
                .param(loadDate).query(Long.class).single();
        assertThat(incoherent).isZero();
        long withoutHistory = jdbc.sql("""
                SELECT count(*) FROM access.referral r WHERE r.received_at < ? AND NOT EXISTS
                  (SELECT 1 FROM access.referral_status_change c WHERE c.referral_id = r.id)""")
                .param(loadDate).query(Long.class).single();
        assertThat(withoutHistory).isZero();

        long badRedirects = jdbc.sql("""
                SELECT count(*) FROM access.referral r LEFT JOIN access.referral t ON t.id = r.redirected_to
                WHERE r.status = 'REDIRECTED' AND r.received_at < ?
                  AND (t.id IS NULL OR t.redirected_from <> r.id OR t.service_id = r.service_id)""")
                .param(loadDate).query(Long.class).single();
        assertThat(badRedirects).isZero();
        assertThat(jdbc.sql("""
                SELECT count(*) FROM access.referral WHERE status = 'ACCEPTED' AND outside_criteria_reason IS NOT NULL
                AND received_at < ?""").param(loadDate).query(Long.class).single()).isPositive();
        assertThat(jdbc.sql("SELECT count(DISTINCT channel) FROM access.referral WHERE received_at < ?")
                .param(loadDate).query(Long.class).single()).isGreaterThanOrEqualTo(3);
    }

    @Test
    void repeatReferralsAreOfOnePersonAndNoPersonIsRecordedTwice() {
        long repeated = jdbc.sql("""
                SELECT count(*) FROM (SELECT person_id FROM access.referral WHERE received_at < ? AND redirected_from IS NULL
                GROUP BY person_id HAVING count(*) > 1) p""").param(loadDate).query(Long.class).single();
        assertThat(repeated).isPositive();
        long duplicated = jdbc.sql("""
                SELECT count(*) FROM (
                  SELECT 1 FROM people.person p
                  WHERE p.id IN (SELECT person_id FROM access.referral WHERE received_at < ?
                                 UNION SELECT person_id FROM access.welfare_check)
                  GROUP BY p.match_given_name, p.match_family_name, p.date_of_birth, p.postcode HAVING count(*) > 1) d""")
                .param(loadDate).query(Long.class).single();
        assertThat(duplicated).isZero();
    }

    @Test
    void severalOrganisationsCalledTheSamePeopleFromTheShieldingList() {
        long calledByMoreThanOne = jdbc.sql("""
                SELECT count(*) FROM (SELECT person_id FROM access.welfare_contact GROUP BY person_id
                HAVING count(DISTINCT organisation_id) > 1) p""").query(Long.class).single();
        assertThat(calledByMoreThanOne).isPositive();
        assertThat(jdbc.sql("SELECT count(*) FROM access.outreach_list WHERE name LIKE 'Shielding list, spring %'")
                .query(Long.class).single()).isGreaterThanOrEqualTo(3);
    }

    @Test
    void anImpossibleHistoryIsRefusedAndNothingOfTheBatchIsWritten() {
        java.time.Instant received = java.time.Instant.parse("2025-05-01T09:00:00Z");
        UUID service = jdbc.sql("SELECT id FROM workforce.service WHERE name = 'Connect 55+'").query(UUID.class).single();
        ReferralHistory twiceDecided = new ReferralHistory(0, service, ReferralChannel.STAFF_FORM, ReferralSource.GP, null,
                "Dr A Smith", null, null, Set.of(Need.LONELINESS), null, false, Set.of(), false, true, true, true,
                received, "demo", List.of(Step.decline(received.plusSeconds(3600), "manager", "Moved away"),
                        Step.accept(received.plusSeconds(7200), "manager", UUID.randomUUID(), null)));
        PersonDetails person = PersonDetails.of("Zebedee", "Quartermaine", LocalDate.of(1950, 1, 2), null, "TR1 3LJ");
        long referralsBefore = jdbc.sql("SELECT count(*) FROM access.referral").query(Long.class).single();

        assertThatThrownBy(() -> loader.load(new AccessLoader.Batch(List.of(person), List.of(twiceDecided), List.of(),
                "test"))).isInstanceOf(IllegalStateException.class);
        assertThat(jdbc.sql("SELECT count(*) FROM access.referral").query(Long.class).single()).isEqualTo(referralsBefore);
        assertThat(jdbc.sql("SELECT count(*) FROM people.person WHERE family_name = 'Quartermaine'")
                .query(Long.class).single()).isZero();
    }
}
