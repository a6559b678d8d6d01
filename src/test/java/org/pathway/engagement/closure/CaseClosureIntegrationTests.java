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
// One context and database for the outcome tests: the cases and referrals they make stay out of the demo data
// that other tests read.
@org.springframework.test.context.TestPropertySource(properties = "pathway.test.context=outcomes")
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
        cases.ensureOtherAccounts();
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
        String expectedChange = "Life satisfaction: 3 to 8 (+5.00, better, Low to High)";
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
}
