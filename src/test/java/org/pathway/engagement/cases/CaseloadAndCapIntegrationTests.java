package org.pathway.engagement.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pathway.PathwayIntegrationTest;
import org.pathway.access.referrals.Referral;
import org.pathway.access.referrals.ReferralAggregates;
import org.pathway.access.referrals.TestReferrals;
import org.pathway.engagement.ClosureReason;
import org.pathway.governance.PathwayUser;
import org.pathway.people.People;
import org.pathway.shared.Need;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Decision 0019: a practitioner's open caseload (their cases not closed) and cap (FTE times the lowest cap per FTE
 * of their services) are the same numbers on triage's "Allocate to" and on the manager's team caseload.
 */
@PathwayIntegrationTest
class CaseloadAndCapIntegrationTests {

    @Autowired
    ApplicationContext context;

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    CaseLifecycle lifecycle;

    CaseTestSupport support;
    TestReferrals referrals;

    @BeforeEach
    void setUp() {
        support = CaseTestSupport.from(context);
        referrals = new TestReferrals(context.getBean(ReferralAggregates.class), context.getBean(People.class));
    }

    @Test
    void triageAndTheTeamCaseloadCountOnlyOpenCasesAgainstOneCap() throws Exception {
        UUID linkWorker = support.linkWorkerPractitioner();
        support.openCase("Stillopen");
        UUID closed = support.openCase("Nowclosed");
        PathwayUser user = support.user("linkworker");
        support.signedIn(user, () -> {
            lifecycle.close(closed, ClosureReason.MOVED_AWAY, "Moved to Leeds", user);
            return null;
        });
        long open = count("status = 'OPEN'", linkWorker);
        long all = count("TRUE", linkWorker);
        assertThat(all).as("the demo link worker has closed cases too").isGreaterThan(open);
        int cap = jdbc.sql("""
                SELECT floor(p.fte * min(s.caseload_cap_per_fte))::int FROM workforce.practitioner p
                JOIN workforce.practitioner_service ps ON ps.practitioner_id = p.id
                JOIN workforce.service s ON s.id = ps.service_id WHERE p.id = ? GROUP BY p.fte""")
                .param(linkWorker).query(Integer.class).single();
        List<UUID> services = jdbc.sql("SELECT service_id FROM workforce.practitioner_service WHERE practitioner_id = ?")
                .param(linkWorker).query(UUID.class).list();
        assertThat(services).as("the demo link worker works in services with different caps").hasSizeGreaterThan(1);

        // triage, for every service the link worker works in: the same open count and the same cap
        for (UUID service : services) {
            Referral referral = referrals.receive(service, null, "Allocation", LocalDate.now().minusYears(70),
                    Set.of(Need.LONELINESS), Instant.now().minusSeconds(3_600));
            String page = page("/triage/referrals/" + referral.referralId(), "manager");
            String label = page.substring(page.indexOf("value=\"" + linkWorker + "\""));
            label = label.substring(0, label.indexOf("</label>"));
            assertThat(label).contains("(" + open + " open cases, cap " + cap + ",");
        }

        // the team caseload: the same two numbers in the link worker's row
        String team = page("/caseload", "manager");
        Matcher row = Pattern.compile("practitioner=" + linkWorker + "\".*?<span>(\\d+)</span>.*?role=\"cell\">(\\d+)</td>",
                Pattern.DOTALL).matcher(team);
        assertThat(row.find()).isTrue();
        assertThat(Long.parseLong(row.group(1))).isEqualTo(open);
        assertThat(Integer.parseInt(row.group(2))).isEqualTo(cap);
    }

    long count(String condition, UUID practitioner) {
        return jdbc.sql("SELECT count(*) FROM engagement.case_episode WHERE practitioner_id = ? AND " + condition)
                .param(practitioner).query(Long.class).single();
    }

    String page(String path, String username) throws Exception {
        return mvc.perform(get(path).with(support.as(username))).andReturn().getResponse().getContentAsString();
    }
}
