package org.pathway.engagement.closure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pathway.PathwayIntegrationTest;
import org.pathway.engagement.cases.CaseTestSupport;
import org.pathway.people.ConsentPurpose;
import org.pathway.people.People;
import org.pathway.people.PersonId;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Closing a case and the message back to the GP and the referrer, with and without consent to share. */
@PathwayIntegrationTest
class CaseClosureIntegrationTests {

    static final UUID ONS4 = UUID.fromString("5e0a0000-0000-4000-8000-000000000001");

    @Autowired
    ApplicationContext context;

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    People people;

    CaseTestSupport cases;

    @BeforeEach
    void setUp() {
        cases = CaseTestSupport.from(context);
    }

    UUID referralOf(UUID caseId) {
        return jdbc.sql("SELECT referral_id FROM engagement.case_episode WHERE id = ?").param(caseId).query(UUID.class).single();
    }

    void consent(UUID caseId, boolean share) {
        UUID person = jdbc.sql("SELECT person_id FROM engagement.case_episode WHERE id = ?").param(caseId)
                .query(UUID.class).single();
        people.recordConsent(new PersonId(person), ConsentPurpose.SHARE_WITH_GP, share, "test");
    }

    static MockHttpServletRequestBuilder ons4(UUID caseId, String occasion, int life, int anxious) {
        LocalDate today = LocalDate.now();
        return post("/cases/" + caseId + "/measures/" + ONS4 + "/record").with(csrf()).param("occasion", occasion)
                .param("day", String.valueOf(today.getDayOfMonth())).param("month", String.valueOf(today.getMonthValue()))
                .param("year", String.valueOf(today.getYear())).param("answers[life]", String.valueOf(life))
                .param("answers[worthwhile]", "6").param("answers[happy]", "6")
                .param("answers[anxious]", String.valueOf(anxious));
    }

    @Test
    void withConsentTheGpAndReferrerGetCodesAndASummaryOfSupportAndOutcomes() throws Exception {
        UUID caseId = cases.openCase("Consenting");
        consent(caseId, true);
        mvc.perform(ons4(caseId, "BASELINE", 3, 8).with(cases.as("linkworker"))).andExpect(status().is3xxRedirection());

        mvc.perform(get("/cases/" + caseId + "/close").with(cases.as("linkworker"))).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Missing"),
                        containsString("Record ONS4 personal wellbeing at closure"),
                        containsString("consented to share with their GP"))));
        mvc.perform(ons4(caseId, "CLOSURE", 8, 2).with(cases.as("linkworker"))).andExpect(status().is3xxRedirection());
        mvc.perform(get("/cases/" + caseId + "/close").with(cases.as("linkworker"))).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Recorded"),
                        not(containsString("Record ONS4 personal wellbeing at closure")))));

        mvc.perform(post("/cases/" + caseId + "/close").with(csrf()).with(cases.as("linkworker"))
                        .param("reason", "GOALS_MET").param("note", "Going to the walking group every week"))
                .andExpect(redirectedUrl("/cases/" + caseId + "/close"));
        String expectedChange = "Life satisfaction: 3 to 8 (+5, better, Low to High)";
        mvc.perform(get("/cases/" + caseId + "/close").with(cases.as("linkworker"))).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("codes and summary"),
                        containsString("871731000000106"), containsString("Referral to social prescribing service"),
                        not(containsString("871711000000103")), containsString(expectedChange),
                        containsString("with 0 contacts"), not(containsString("Close the case")))));

        mvc.perform(get("/referrals/" + referralOf(caseId)).with(cases.as("referrer"))).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Outcome and summary sent to the GP"),
                        containsString("Case closed: Goals met"), containsString("871731000000106"),
                        containsString(expectedChange))));
        assertThat(jdbc.sql("SELECT kind FROM engagement.outcome_message WHERE case_id = ?").param(caseId)
                .query(String.class).single()).isEqualTo("SUMMARY");
    }

    @Test
    void withoutConsentOnlyTheCodesGoAndDecliningAddsTheDeclinedCode() throws Exception {
        UUID caseId = cases.openCase("Private");
        consent(caseId, false);
        mvc.perform(ons4(caseId, "BASELINE", 3, 8).with(cases.as("linkworker"))).andExpect(status().is3xxRedirection());
        mvc.perform(post("/cases/" + caseId + "/close").with(csrf()).with(cases.as("linkworker"))
                        .param("reason", "DECLINED_FURTHER_SUPPORT"))
                .andExpect(redirectedUrl("/cases/" + caseId + "/close"));
        mvc.perform(get("/referrals/" + referralOf(caseId)).with(cases.as("referrer"))).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Outcome sent to the GP"),
                        containsString("871731000000106"), containsString("871711000000103"),
                        containsString("Social prescribing declined"), containsString("did not consent"),
                        not(containsString("was supported by")), not(containsString("Life satisfaction")))));
        // The referrer may not open the case itself.
        mvc.perform(get("/cases/" + caseId + "/close").with(cases.as("referrer"))).andExpect(status().isForbidden());
    }

    @Test
    void aReasonIsRequiredAndOnlyThoseInScopeMayClose() throws Exception {
        UUID caseId = cases.openCase("Unreasoned");
        mvc.perform(post("/cases/" + caseId + "/close").with(csrf()).with(cases.as("linkworker"))
                        .param("note", "Kept note"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Choose why the case is closing"),
                        containsString("Kept note"))));
        mvc.perform(post("/cases/" + caseId + "/close").with(csrf()).with(cases.as(CaseTestSupport.OTHER_LINK_WORKER))
                        .param("reason", "GOALS_MET"))
                .andExpect(status().isNotFound());
        mvc.perform(get("/cases/" + caseId + "/close").with(cases.as(CaseTestSupport.OTHER_MANAGER)))
                .andExpect(status().isNotFound());
        assertThat(jdbc.sql("SELECT status FROM engagement.case_episode WHERE id = ?").param(caseId)
                .query(String.class).single()).isEqualTo("OPEN");
        assertThat(jdbc.sql("SELECT count(*) FROM engagement.outcome_message WHERE case_id = ?").param(caseId)
                .query(Long.class).single()).isZero();
    }

    void attempt(UUID caseId, LocalDate on) {
        jdbc.sql("""
                INSERT INTO engagement.contact (id, case_id, occurred_on, successful, mode, recorded_at, recorded_by)
                VALUES (?, ?, ?, false, 'PHONE', now(), 'linkworker')""")
                .params(UUID.randomUUID(), caseId, on).update();
    }

    MockHttpServletRequestBuilder close(UUID caseId, String reason) {
        return post("/cases/" + caseId + "/close").with(csrf()).with(cases.as("linkworker")).param("reason", reason);
    }

    @Test
    void connectedAndUnableToContactSendTheCodeOfTheirOutcome() throws Exception {
        UUID connected = cases.openCase("Connected");
        mvc.perform(close(connected, "CONNECTED_TO_COMMUNITY")).andExpect(redirectedUrl("/cases/" + connected + "/close"));
        UUID unreachable = cases.openCase("Unreachable");
        LocalDate today = LocalDate.now();
        attempt(unreachable, today.minusDays(6));
        attempt(unreachable, today.minusDays(3));
        attempt(unreachable, today.minusDays(3));
        mvc.perform(close(unreachable, "UNABLE_TO_CONTACT"))
                .andExpect(redirectedUrl("/cases/" + unreachable + "/close"))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash().attribute("flash",
                        containsString("Lost to follow-up (SNOMED CT 399307001)")));

        assertThat(jdbc.sql("SELECT codes FROM engagement.outcome_message WHERE case_id = ?").param(connected)
                .query(String.class).single()).isEqualTo("871731000000106|Referral to social prescribing service\n");
        assertThat(jdbc.sql("SELECT codes FROM engagement.outcome_message WHERE case_id = ?").param(unreachable)
                .query(String.class).single()).isEqualTo(
                        "871731000000106|Referral to social prescribing service\n399307001|Lost to follow-up\n");
        mvc.perform(get("/cases/" + unreachable + "/close").with(cases.as("linkworker"))).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Closed: Unable to contact"),
                        containsString("399307001"), containsString("Lost to follow-up"))));
        mvc.perform(get("/referrals/" + referralOf(unreachable)).with(cases.as("referrer"))).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Case closed: Unable to contact"),
                        containsString("871731000000106"), containsString("399307001"),
                        containsString("Lost to follow-up"))));
        mvc.perform(get("/referrals/" + referralOf(connected)).with(cases.as("referrer"))).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Case closed: Connected to community support"),
                        containsString("871731000000106"), not(containsString("399307001")))));
    }

    @Test
    void theClosurePageSaysWhichCodesEachReasonSends() throws Exception {
        UUID caseId = cases.openCase("Coded");
        mvc.perform(get("/cases/" + caseId + "/close").with(cases.as("linkworker"))).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("390802008 Goal achieved"),
                        containsString("399307001 Lost to follow-up"), containsString("184081006 Patient has moved away"),
                        containsString("3457005 Patient referral"), containsString("419099009 Dead"),
                        containsString("871711000000103 Social prescribing declined"))));
    }

    @Test
    void unableToContactNeedsThreeAttemptsOnTwoDaysSinceTheLastContact() throws Exception {
        UUID caseId = cases.openCase("Reachable");
        mvc.perform(get("/cases/" + caseId + "/close").with(cases.as("linkworker"))).andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        not(containsString("value=\"UNABLE_TO_CONTACT\"")),
                        containsString("<strong>Unable to contact</strong> cannot be chosen yet"),
                        containsString("Record at least 3 attempts to contact the person, on at least 2 different days"),
                        containsString("0 attempts on 0 days"))));
        mvc.perform(close(caseId, "UNABLE_TO_CONTACT").param("note", "Tried once"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("There is a problem"),
                        containsString("Record at least 3 attempts"), containsString("Tried once"))));

        LocalDate today = LocalDate.now();
        attempt(caseId, today);
        attempt(caseId, today);
        attempt(caseId, today);
        mvc.perform(close(caseId, "UNABLE_TO_CONTACT")).andExpect(status().isOk())
                .andExpect(content().string(containsString("3 attempts on 1 day")));
        // A contact that reached the person starts the count again.
        jdbc.sql("""
                INSERT INTO engagement.contact (id, case_id, occurred_on, successful, mode, duration_minutes,
                    kind_of_work, depth, recorded_at, recorded_by)
                VALUES (?, ?, ?, true, 'PHONE', 20, 'CORE', 'LIGHT', now(), 'linkworker')""")
                .params(UUID.randomUUID(), caseId, today.minusDays(1)).update();
        attempt(caseId, today.minusDays(2));
        mvc.perform(close(caseId, "UNABLE_TO_CONTACT")).andExpect(status().isOk())
                .andExpect(content().string(containsString("3 attempts on 1 day")));
        assertThat(jdbc.sql("SELECT status FROM engagement.case_episode WHERE id = ?").param(caseId)
                .query(String.class).single()).isEqualTo("OPEN");

        attempt(caseId, today.plusDays(1));
        mvc.perform(get("/cases/" + caseId + "/close").with(cases.as("linkworker"))).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("value=\"UNABLE_TO_CONTACT\""),
                        not(containsString("cannot be chosen yet")))));
        mvc.perform(close(caseId, "UNABLE_TO_CONTACT")).andExpect(redirectedUrl("/cases/" + caseId + "/close"));
        assertThat(jdbc.sql("SELECT closure_reason FROM engagement.case_episode WHERE id = ?").param(caseId)
                .query(String.class).single()).isEqualTo("UNABLE_TO_CONTACT");
    }

    @Test
    void closingCancelsTheOpenTasksAndReminders() throws Exception {
        UUID caseId = cases.openCase("Tasked");
        mvc.perform(post("/cases/" + caseId + "/tasks").with(csrf()).with(cases.as("linkworker")).param("kind", "OTHER")
                        .param("title", "Send the leaflet")
                        .param("dueDay", String.valueOf(LocalDate.now().plusDays(5).getDayOfMonth()))
                        .param("dueMonth", String.valueOf(LocalDate.now().plusDays(5).getMonthValue()))
                        .param("dueYear", String.valueOf(LocalDate.now().plusDays(5).getYear())))
                .andExpect(status().is3xxRedirection());
        long open = jdbc.sql("SELECT count(*) FROM engagement.case_task WHERE case_id = ? AND completed_at IS NULL")
                .param(caseId).query(Long.class).single();
        assertThat(open).isGreaterThanOrEqualTo(2);

        mvc.perform(close(caseId, "GOALS_MET")).andExpect(redirectedUrl("/cases/" + caseId + "/close"))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash().attribute("flash",
                        containsString(open + " open tasks were cancelled")));

        assertThat(jdbc.sql("SELECT count(*) FROM engagement.case_task WHERE case_id = ? AND completed_at IS NULL")
                .param(caseId).query(Long.class).single()).isZero();
        assertThat(jdbc.sql("SELECT count(*) FROM engagement.case_episode WHERE id = ? AND next_due_on IS NULL")
                .param(caseId).query(Long.class).single()).isOne();
        mvc.perform(get("/cases/" + caseId + "/tasks").with(cases.as("linkworker"))).andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("Send the leaflet: Cancelled: the case closed (Goals met)"),
                        containsString("First contact: Cancelled: the case closed (Goals met)"))));
    }
}
