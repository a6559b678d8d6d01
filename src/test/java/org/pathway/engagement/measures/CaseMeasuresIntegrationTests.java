package org.pathway.engagement.measures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pathway.PathwayIntegrationTest;
import org.pathway.engagement.MeasureEvents.MeasureRecorded;
import org.pathway.engagement.cases.CaseTestSupport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Recording outcome measures on a case, as the link worker does it, and who may do so. */
@PathwayIntegrationTest
@RecordApplicationEvents
class CaseMeasuresIntegrationTests {

    static final UUID ONS4 = UUID.fromString("5e0a0000-0000-4000-8000-000000000001");
    static final UUID SWEMWBS = UUID.fromString("5e0a0000-0000-4000-8000-000000000002");

    @Autowired
    ApplicationContext context;

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationEvents events;

    CaseTestSupport cases;

    @BeforeEach
    void setUp() {
        cases = CaseTestSupport.from(context);
    }

    static MockHttpServletRequestBuilder record(UUID caseId, UUID measure, String occasion, LocalDate on,
            Map<String, Integer> answers) {
        MockHttpServletRequestBuilder request = post("/cases/" + caseId + "/measures/" + measure + "/record").with(csrf())
                .param("occasion", occasion).param("day", String.valueOf(on.getDayOfMonth()))
                .param("month", String.valueOf(on.getMonthValue())).param("year", String.valueOf(on.getYear()));
        answers.forEach((code, value) -> request.param("answers[" + code + "]", String.valueOf(value)));
        return request;
    }

    long recordsOf(UUID caseId) {
        return jdbc.sql("SELECT count(*) FROM engagement.measure_record WHERE case_id = ?").param(caseId)
                .query(Long.class).single();
    }

    @Test
    void anIncompleteQuestionnaireIsNotScoredAndTheFormKeepsTheAnswersGiven() throws Exception {
        UUID caseId = cases.openCase("Incomplete");
        mvc.perform(record(caseId, SWEMWBS, "BASELINE", LocalDate.now(),
                        Map.of("optimistic", 4, "useful", 2, "problems", 5, "clearly", 3, "own-mind", 1))
                        .with(cases.as("linkworker")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Not scored: 2 of 7 questions still need an answer"),
                        containsString("Answer &quot;I&#39;ve been feeling relaxed&quot;"),
                        containsString("Answer &quot;I&#39;ve been feeling close to other people&quot;"),
                        not(containsString("Answer &quot;I&#39;ve been feeling useful&quot;")),
                        containsString("id=\"answers-useful-2\" value=\"2\" checked"),
                        containsString("id=\"answers-problems-5\" value=\"5\" checked"),
                        containsString("University of Warwick"))));
        assertThat(recordsOf(caseId)).isZero();
        assertThat(events.stream(MeasureRecorded.class).filter(e -> e.caseId().equals(caseId))).isEmpty();
    }

    @Test
    void baselineAndReviewShowEveryScoreOverTimeWithTheChangeAndBandChange() throws Exception {
        UUID caseId = cases.openCase("Improving");
        LocalDate today = LocalDate.now();
        mvc.perform(record(caseId, ONS4, "BASELINE", today, Map.of("life", 3, "worthwhile", 5, "happy", 4, "anxious", 7))
                        .with(cases.as("linkworker")))
                .andExpect(redirectedUrl("/cases/" + caseId + "/measures"))
                .andExpect(flash().attribute("flash", containsString("Life satisfaction 3 (Low)")));
        mvc.perform(record(caseId, ONS4, "REVIEW", today, Map.of("life", 7, "worthwhile", 6, "happy", 4, "anxious", 3))
                        .with(cases.as("linkworker")))
                .andExpect(redirectedUrl("/cases/" + caseId + "/measures"));
        mvc.perform(record(caseId, SWEMWBS, "BASELINE", today, TestMeasures.all(TestMeasures.swemwbs(), 3))
                        .with(cases.as("linkworker")))
                .andExpect(redirectedUrl("/cases/" + caseId + "/measures"));

        mvc.perform(get("/cases/" + caseId + "/measures").with(cases.as("linkworker")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("ONS4 personal wellbeing: every score recorded"),
                        containsString("+4 better"), containsString(", Low to High"),
                        containsString("-4 better"), containsString(", High to Low"),
                        containsString("0 no change"),
                        containsString("19.25"), containsString("University of Warwick"),
                        containsString("class=\"pathway-measure-chart\""), containsString("/vendor/chart.umd.min.js"),
                        containsString("\"label\":\"Life satisfaction\",\"data\":[3,7]"),
                        containsString("Record UCLA 3-item loneliness scale"))));

        MeasureRecorded event = events.stream(MeasureRecorded.class)
                .filter(e -> e.caseId().equals(caseId) && e.measureCode().equals("SWEMWBS")).findFirst().orElseThrow();
        assertThat(event.occasion()).isEqualTo("BASELINE");
        assertThat(event.scores()).singleElement().satisfies(s -> assertThat(s.value()).isEqualByComparingTo("19.25"));
        assertThat(jdbc.sql("SELECT count(*) FROM governance.audit_event WHERE record_type = 'case' AND record_id = ? "
                + "AND detail LIKE 'recorded ONS4%'").param(caseId.toString()).query(Long.class).single()).isEqualTo(2);
    }

    @Test
    void aReviewEnteredBeforeTheBaselineIsChartedAfterItAndTheChangeFromBaselineStillShows() throws Exception {
        UUID caseId = cases.openCase("Late baseline");
        LocalDate today = LocalDate.now();
        mvc.perform(record(caseId, ONS4, "REVIEW", today, Map.of("life", 6, "worthwhile", 6, "happy", 6, "anxious", 5))
                        .with(cases.as("linkworker")))
                .andExpect(redirectedUrl("/cases/" + caseId + "/measures"));
        mvc.perform(record(caseId, ONS4, "BASELINE", today, Map.of("life", 3, "worthwhile", 6, "happy", 6, "anxious", 8))
                        .with(cases.as("linkworker")))
                .andExpect(redirectedUrl("/cases/" + caseId + "/measures"));

        String day = today.format(java.time.format.DateTimeFormatter.ofPattern("d MMM yyyy", java.util.Locale.UK));
        mvc.perform(get("/cases/" + caseId + "/measures").with(cases.as("linkworker")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Change from baseline"),
                        containsString("+3 better"), containsString("-3 better"),
                        containsString("\"labels\":[\"" + day + " (Baseline)\",\"" + day + " (Review)\"]"),
                        containsString("\"label\":\"Life satisfaction\",\"data\":[3,6]"),
                        containsString("\"label\":\"Anxiety\",\"data\":[8,5]"),
                        containsString("Anxiety: lower scores are better"),
                        containsString("Life satisfaction, Worthwhile, Happiness: higher scores are better"),
                        not(containsString("6.00")))));
    }

    @Test
    void aDateInTheFutureOrBeforeTheCaseOpenedIsRefusedKeepingTheAnswers() throws Exception {
        UUID caseId = cases.openCase("Dates");
        mvc.perform(record(caseId, ONS4, "BASELINE", LocalDate.now().plusDays(2),
                        Map.of("life", 3, "worthwhile", 5, "happy", 4, "anxious", 7)).with(cases.as("linkworker")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("must be today or in the past"),
                        containsString("id=\"answers-anxious-7\" value=\"7\" checked"))));
        mvc.perform(record(caseId, ONS4, "BASELINE", LocalDate.now().minusYears(1),
                        Map.of("life", 3, "worthwhile", 5, "happy", 4, "anxious", 7)).with(cases.as("linkworker")))
                .andExpect(status().isOk()).andExpect(content().string(containsString("on or after the case opened")));
        assertThat(recordsOf(caseId)).isZero();
    }

    @Test
    void onlyThoseInTheCasesScopeSeeOrRecordItsMeasures() throws Exception {
        UUID caseId = cases.openCase("Scoped");
        mvc.perform(get("/cases/" + caseId + "/measures").with(cases.as(CaseTestSupport.OTHER_LINK_WORKER)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/cases/" + caseId + "/measures/" + ONS4 + "/record").with(cases.as(CaseTestSupport.OTHER_LINK_WORKER)))
                .andExpect(status().isNotFound());
        mvc.perform(record(caseId, ONS4, "BASELINE", LocalDate.now(), Map.of("life", 3, "worthwhile", 5, "happy", 4, "anxious", 7))
                        .with(cases.as(CaseTestSupport.OTHER_MANAGER)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/cases/" + caseId + "/measures").with(cases.as("referrer"))).andExpect(status().isForbidden());
        mvc.perform(get("/cases/" + caseId + "/measures").with(cases.as("manager"))).andExpect(status().isOk());
        assertThat(recordsOf(caseId)).isZero();
        // A measure another organisation defined is not offered on this case.
        String code = "O" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        String defined = mvc.perform(post("/measures/new").with(cases.as(CaseTestSupport.OTHER_MANAGER)).with(csrf())
                        .param("name", "Other Wellbeing Trust's own measure " + code).param("code", code)
                        .param("rule", "SUM").param("totalLabel", "Total").param("licenceHeld", "true")
                        .param("items[0].label", "Mood").param("items[0].wording", "My mood is good")
                        .param("items[0].min", "0").param("items[0].max", "3"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        UUID foreign = UUID.fromString(defined.substring("/measures/".length()));
        mvc.perform(get("/cases/" + caseId + "/measures/" + foreign + "/record").with(cases.as("linkworker")))
                .andExpect(status().isNotFound());
    }
}
