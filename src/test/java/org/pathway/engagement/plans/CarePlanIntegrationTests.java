package org.pathway.engagement.plans;

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
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pathway.PathwayIntegrationTest;
import org.pathway.engagement.cases.CaseTestSupport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** What matters to me and the personalised care and support plan, as the link worker keeps it and the person prints it. */
@PathwayIntegrationTest
class CarePlanIntegrationTests {

    @Autowired
    ApplicationContext context;

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    CaseTestSupport cases;

    @BeforeEach
    void setUp() {
        cases = CaseTestSupport.from(context);
    }

    @Test
    void whatMattersKeepsEveryVersionAndGoalProgressIsKeptOverTime() throws Exception {
        UUID caseId = cases.openCase("Planner");
        String plan = "/cases/" + caseId + "/plan";
        mvc.perform(post(plan + "/what-matters").with(csrf()).with(cases.as("linkworker"))
                .param("words", "Getting out of the house and seeing my grandchildren")).andExpect(redirectedUrl(plan));
        mvc.perform(post(plan + "/what-matters").with(csrf()).with(cases.as("linkworker"))
                .param("words", "Seeing my grandchildren and singing again")).andExpect(redirectedUrl(plan));
        mvc.perform(post(plan + "/goals").with(csrf()).with(cases.as("linkworker")).param("domain", "CONNECTING")
                .param("wording", "Join the Tuesday choir").params(dateBoxes("target", LocalDate.now().plusMonths(2)))
                .param("progress", "2")).andExpect(redirectedUrl(plan));
        UUID goal = jdbc.sql("SELECT id FROM engagement.goal WHERE case_id = ?").param(caseId).query(UUID.class).single();
        mvc.perform(post(plan + "/goals/" + goal + "/progress").with(csrf()).with(cases.as("linkworker"))
                .param("score", "6").param("note", "Went twice")).andExpect(redirectedUrl(plan));
        mvc.perform(post(plan + "/goals/" + goal + "/status").with(csrf()).with(cases.as("linkworker"))
                .param("status", "ACHIEVED")).andExpect(redirectedUrl(plan));
        mvc.perform(post(plan + "/actions").with(csrf()).with(cases.as("linkworker")).param("who", "Me")
                .param("what", "Ring the choir leader").params(dateBoxes("due", LocalDate.now().plusDays(7))))
                .andExpect(redirectedUrl(plan));
        mvc.perform(post(plan + "/reviews").with(csrf()).with(cases.as("linkworker"))
                .params(dateBoxes("review", LocalDate.now().plusWeeks(6))).param("note", "Six-week review"))
                .andExpect(redirectedUrl(plan));

        mvc.perform(get(plan).with(cases.as("linkworker"))).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Seeing my grandchildren and singing again"),
                        containsString("Earlier versions"), containsString("Getting out of the house"),
                        containsString("Join the Tuesday choir"), containsString("2 out of 10"),
                        containsString("6 out of 10"), containsString("Went twice"), containsString("Achieved"),
                        containsString("Ring the choir leader"), containsString("Six-week review"))));
        assertThat(jdbc.sql("SELECT count(*) FROM engagement.goal_progress WHERE goal_id = ?").param(goal)
                .query(Long.class).single()).isEqualTo(2);

        mvc.perform(get(plan + "/print").with(cases.as("linkworker"))).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("My support plan"),
                        containsString("Seeing my grandchildren and singing again"),
                        not(containsString("Getting out of the house")),
                        containsString("Where I am: 6 out of 10"), containsString("up from 2"),
                        containsString("Ring the choir leader"), not(containsString("nhsuk-header__navigation")),
                        not(containsString("Sign out")))));
    }

    @Test
    void aGoalWithoutWordsIsRefusedAndWhatWasTypedIsKept() throws Exception {
        UUID caseId = cases.openCase("Wordless");
        mvc.perform(post("/cases/" + caseId + "/plan/goals").with(csrf()).with(cases.as("linkworker"))
                        .param("domain", "ACTIVITY").param("wording", " ").param("progress", "11"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Write the goal in the person&#39;s own words"),
                        containsString("Choose progress from 1 (not started) to 10"),
                        containsString("<option value=\"ACTIVITY\" selected=\"selected\">"), containsString("value=\"11\""))));
        assertThat(jdbc.sql("SELECT count(*) FROM engagement.goal WHERE case_id = ?").param(caseId)
                .query(Long.class).single()).isZero();
    }

    @Test
    void datesAreTypedInThreeBoxesAndAnIncompleteOrImpossibleOneIsRefusedWithWhatWasTypedKept() throws Exception {
        UUID caseId = cases.openCase("Dated");
        String plan = "/cases/" + caseId + "/plan";
        mvc.perform(post(plan + "/goals").with(csrf()).with(cases.as("linkworker")).param("domain", "ACTIVITY")
                        .param("wording", "Walk to the park").param("targetDay", "14").param("targetMonth", "")
                        .param("targetYear", "2031"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Target date must include a month"),
                        containsString("href=\"#goal-targetOn\""), containsString("id=\"goal-targetOn\""),
                        containsString("name=\"targetDay\" value=\"14\""), containsString("value=\"2031\""),
                        containsString("Walk to the park"))));
        mvc.perform(post(plan + "/reviews").with(csrf()).with(cases.as("linkworker")).param("reviewDay", "30")
                        .param("reviewMonth", "2").param("reviewYear", "2031"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Review date must be a real date")));
        assertThat(jdbc.sql("SELECT count(*) FROM engagement.goal WHERE case_id = ?").param(caseId)
                .query(Long.class).single()).isZero();

        mvc.perform(post(plan + "/reviews").with(csrf()).with(cases.as("linkworker")).param("reviewDay", "1")
                .param("reviewMonth", "3").param("reviewYear", "2031")).andExpect(redirectedUrl(plan));
        assertThat(jdbc.sql("SELECT review_on FROM engagement.plan_review WHERE case_id = ?").param(caseId)
                .query(LocalDate.class).single()).isEqualTo(LocalDate.of(2031, 3, 1));
    }

    /** A date as typed into the three boxes named {@code prefix}Day, Month and Year. */
    private static org.springframework.util.MultiValueMap<String, String> dateBoxes(String prefix, LocalDate date) {
        org.springframework.util.LinkedMultiValueMap<String, String> boxes = new org.springframework.util.LinkedMultiValueMap<>();
        boxes.add(prefix + "Day", String.valueOf(date.getDayOfMonth()));
        boxes.add(prefix + "Month", String.valueOf(date.getMonthValue()));
        boxes.add(prefix + "Year", String.valueOf(date.getYear()));
        return boxes;
    }

    @Test
    void thePlanIsOnlyForThoseInTheCasesScope() throws Exception {
        UUID caseId = cases.openCase("PlanScope");
        mvc.perform(get("/cases/" + caseId + "/plan").with(cases.as(CaseTestSupport.OTHER_LINK_WORKER)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/cases/" + caseId + "/plan/print").with(cases.as(CaseTestSupport.OTHER_MANAGER)))
                .andExpect(status().isNotFound());
        mvc.perform(post("/cases/" + caseId + "/plan/what-matters").with(csrf())
                .with(cases.as(CaseTestSupport.OTHER_LINK_WORKER)).param("words", "Not theirs"))
                .andExpect(status().isNotFound());
        mvc.perform(get("/cases/" + caseId + "/plan").with(cases.as("referrer"))).andExpect(status().isForbidden());
        assertThat(jdbc.sql("SELECT count(*) FROM engagement.what_matters WHERE case_id = ?").param(caseId)
                .query(Long.class).single()).isZero();
    }
}
