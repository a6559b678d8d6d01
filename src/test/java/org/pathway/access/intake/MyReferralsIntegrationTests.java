package org.pathway.access.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.pathway.access.intake.IntakeTestSupport.posting;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.pathway.PathwayIntegrationTest;
import org.pathway.access.referrals.Referral;
import org.pathway.access.referrals.ReferralAggregates;
import org.pathway.engagement.cases.CaseTestSupport;
import org.pathway.support.SignIns;
import org.pathway.support.TestIcs;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/** A referrer follows the referrals they made, and only those. */
@PathwayIntegrationTest
class MyReferralsIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserDetailsService users;

    @Autowired
    TestIcs ics;

    @Autowired
    ReferralAggregates records;

    @Autowired
    TransactionTemplate tx;

    @Autowired
    org.springframework.context.ApplicationContext context;

    SignIns signIns;
    IntakeTestSupport forms;

    @BeforeEach
    void setUp() {
        signIns = new SignIns(users);
        forms = new IntakeTestSupport(ics, jdbc);
    }

    private UUID refer(String username, String given, String family) throws Exception {
        String sent = mvc.perform(posting("/referrals/new", forms.staffForm(given, family)).with(signIns.as(username)))
                .andExpect(status().isFound()).andReturn().getResponse().getRedirectedUrl();
        return UUID.fromString(sent.split("/")[2]);
    }

    @Test
    void myReferralsShowsOnlyMineWithStatusAndServiceAndViewsAreAudited() throws Exception {
        UUID mine = refer("referrer", "Senara", "Bolitho");
        refer("linkworker", "Piran", "Jago");
        String reference = jdbc.sql("SELECT reference FROM access.referral WHERE id = ?").param(mine).query(String.class).single();
        mvc.perform(get("/referrals/mine").with(signIns.as("referrer")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString(reference), containsString("Senara Bolitho"),
                        containsString(TestIcs.SERVICE), containsString("nhsuk-tag"), containsString("Received"),
                        not(containsString("Piran Jago")))));
        UUID person = forms.peopleNamed("Bolitho").get(0);
        assertThat(forms.auditEntries("referrer", "VIEW", "person", person.toString())).isPositive();
    }

    @Test
    void theHistoryShowsEachStepAndADeclineReasonProminently() throws Exception {
        UUID id = refer("referrer", "Ysella", "Pengelly");
        tx.executeWithoutResult(s -> records.find(new org.pathway.access.ReferralId(id)).orElseThrow()
                .decline("The person has moved out of the area", Instant.now(), "manager"));
        UUID person = forms.peopleNamed("Pengelly").get(0);
        long viewsBefore = forms.auditEntries("referrer", "VIEW", "person", person.toString());
        mvc.perform(get("/referrals/" + id).with(signIns.as("referrer")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Declined: The person has moved out of the area"),
                        containsString("Ysella Pengelly"), containsString("History"),
                        containsString("Test Service manager, Service manager, " + TestIcs.EMPLOYER),
                        containsString("nhsuk-tag--red"))));
        assertThat(forms.auditEntries("referrer", "VIEW", "person", person.toString())).isEqualTo(viewsBefore + 1);
        assertThat(forms.auditEntries("referrer", "VIEW", "referral", id.toString())).isPositive();
    }

    @Test
    void afterTheCaseClosesTheReferrerSeesItClosedWithTheOutcomeAndWhoDidWhat() throws Exception {
        CaseTestSupport cases = CaseTestSupport.from(context);
        Referral referral = cases.referral("Penhaligon");
        tx.executeWithoutResult(s -> {
            Referral r = records.find(referral.referralId()).orElseThrow();
            r.accept(cases.linkWorkerPractitioner(), true, null, Instant.now(), "linkworker");
            records.save(r);
        });
        UUID caseId = cases.awaitCaseFor(referral.referralId().value());
        mvc.perform(get("/referrals/mine").with(signIns.as("referrer")))
                .andExpect(content().string(containsString("Being supported since")));

        mvc.perform(post("/cases/" + caseId + "/close").with(csrf()).with(signIns.as("linkworker"))
                        .param("reason", "CONNECTED_TO_COMMUNITY").param("note", "Private note for the case"))
                .andExpect(status().is3xxRedirection());

        String today = java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy", java.util.Locale.UK)
                .format(java.time.LocalDate.now(java.time.ZoneId.of("Europe/London")));
        String list = mvc.perform(get("/referrals/mine").with(signIns.as("referrer")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        String row = list.substring(list.indexOf(referral.reference()));
        row = row.substring(0, row.indexOf("</tr>"));
        assertThat(row).contains("Test Penhaligon", ">Closed</strong>",
                "Connected to community support, " + today).doesNotContain(">Accepted<");

        String page = mvc.perform(get("/referrals/" + referral.referralId()).with(signIns.as("referrer")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains(">Closed</strong>", "Connected to community support, " + today, "Case closed",
                ": Connected to community support", "Test Link worker, Link worker, " + TestIcs.EMPLOYER,
                "Test Referrer, Referrer")
                .doesNotContain(">linkworker<", "Private note for the case");
        // Oldest first: received, accepted, then the case closed.
        assertThat(page.indexOf(">Accepted<")).isLessThan(page.indexOf(">Case closed<"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"linkworker", "manager"})
    void someoneElsesReferralIsNotFound(String username) throws Exception {
        UUID id = refer("referrer", "Tressa", "Opie" + username);
        mvc.perform(get("/referrals/" + id).with(signIns.as(username))).andExpect(status().isNotFound());
        mvc.perform(get("/referrals/" + id + "/sent").with(signIns.as(username))).andExpect(status().isNotFound());
        mvc.perform(get("/referrals/not-an-id").with(signIns.as("referrer"))).andExpect(status().isNotFound());
    }

    @ParameterizedTest
    @ValueSource(strings = {"provider", "icslead", "researcher", "admin"})
    void rolesThatDoNotReferCannotTrack(String username) throws Exception {
        mvc.perform(get("/referrals/mine").with(signIns.as(username))).andExpect(status().isForbidden());
    }
}
