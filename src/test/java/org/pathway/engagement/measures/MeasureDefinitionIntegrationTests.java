package org.pathway.engagement.measures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pathway.PathwayIntegrationTest;
import org.pathway.engagement.measures.Scorer.Score;
import org.pathway.engagement.measures.Scorer.Scored;
import org.pathway.support.SignIns;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** The seeded national measures, and a service manager defining their own measure without code. */
@PathwayIntegrationTest
class MeasureDefinitionIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    MeasureDefinitionRepository definitions;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserDetailsService users;

    SignIns signIns;

    @BeforeEach
    void setUp() {
        signIns = new SignIns(users);
    }

    @Test
    void theSeededNationalMeasuresAreExactlyThoseOfTheProductBrief() {
        for (MeasureDefinition expected : List.of(TestMeasures.ons4(), TestMeasures.swemwbs(), TestMeasures.ucla())) {
            MeasureDefinition seeded = definitions.national(expected.code()).orElseThrow();
            assertThat(seeded.rule()).isEqualTo(expected.rule());
            assertThat(seeded.items()).as(expected.code()).isEqualTo(expected.items());
            assertThat(seeded.bands()).as(expected.code()).containsExactlyInAnyOrderElementsOf(expected.bands());
            assertThat(seeded.lookup()).as(expected.code()).isEqualTo(expected.lookup());
            assertThat(seeded.totalLabel()).isEqualTo(expected.totalLabel());
            assertThat(seeded.totalHigherIsBetter()).isEqualTo(expected.totalHigherIsBetter());
        }
        assertThat(definitions.national("SWEMWBS").orElseThrow().licenceNotice()).contains("University of Warwick");
        // The seeded SWEMWBS converts every raw total with the official table.
        MeasureDefinition swemwbs = definitions.national("SWEMWBS").orElseThrow();
        Score allThrees = ((Scored) Scorer.score(swemwbs, TestMeasures.all(swemwbs, 3))).scores().get(0);
        assertThat(allThrees.value()).isEqualByComparingTo("19.25");
    }

    @Test
    void aManagerDefinesAMeasureForTheirOrganisationAndSeesItListed() throws Exception {
        String code = "T" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        MvcResult result = mvc.perform(post("/measures/new").with(signIns.as("manager")).with(csrf())
                        .param("name", "Confidence check " + code).param("code", code).param("rule", "MEAN")
                        .param("totalLabel", "Confidence").param("higherIsBetter", "true")
                        .param("bands", "1 to 2.49: low\n2.5 to 4: good").param("licenceHeld", "true")
                        .param("items[0].label", "Managing").param("items[0].wording", "I feel I can manage day to day")
                        .param("items[0].min", "1").param("items[0].max", "4").param("items[0].answers", "1 = Not at all\n4 = Completely")
                        .param("items[1].label", "Asking").param("items[1].wording", "I can ask for help")
                        .param("items[1].min", "1").param("items[1].max", "4")
                        .param("items[2].label", "").param("items[2].wording", ""))
                .andExpect(status().is3xxRedirection()).andReturn();
        String location = result.getResponse().getRedirectedUrl();
        assertThat(location).startsWith("/measures/");
        mvc.perform(get(location).with(signIns.as("manager"))).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Confidence check " + code),
                        containsString("I can ask for help"), containsString("1 = Not at all"),
                        containsString("Mean of the answers"), containsString("Your organisation&#39;s services"))));
        mvc.perform(get("/measures").with(signIns.as("manager"))).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Confidence check " + code),
                        containsString("ONS4 personal wellbeing"))));

        MeasureDefinition saved = definitions.find(UUID.fromString(location.substring("/measures/".length()))).orElseThrow();
        assertThat(saved.items()).hasSize(2);
        Score score = ((Scored) Scorer.score(saved, Map.of(saved.items().get(0).code(), 3, saved.items().get(1).code(), 2)))
                .scores().get(0);
        assertThat(score.value()).isEqualByComparingTo("2.50");
        assertThat(score.band()).isEqualTo("good");
        assertThat(jdbc.sql("SELECT licence_declared_name FROM engagement.measure_definition WHERE id = ?")
                .param(saved.id()).query(String.class).single()).isNotBlank();
    }

    @Test
    void anInvalidDefinitionReshowsWithMessagesBesideTheFieldsAndKeepsWhatWasTyped() throws Exception {
        mvc.perform(post("/measures/new").with(signIns.as("manager")).with(csrf())
                        .param("name", "Half-finished tool").param("code", "HALF").param("rule", "LOOKUP")
                        .param("totalLabel", "Metric").param("conversion", "2 = 5.5")
                        .param("items[0].label", "Mood").param("items[0].wording", "My mood is good")
                        .param("items[0].min", "1").param("items[0].max", "3")
                        .param("items[1].label", "Sleep").param("items[1].wording", "I sleep well")
                        .param("items[1].min", "5").param("items[1].max", "2"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("There is a problem"),
                        containsString("The highest answer of question 2 must be more than the lowest"),
                        containsString("Confirm that your organisation holds a licence"),
                        containsString("value=\"Half-finished tool\""), containsString("I sleep well"))));
        mvc.perform(post("/measures/new").with(signIns.as("manager")).with(csrf())
                        .param("name", "Table tool").param("code", "TABLE").param("rule", "LOOKUP")
                        .param("totalLabel", "Metric").param("conversion", "2 = 5.5\n3 = 6").param("licenceHeld", "true")
                        .param("items[0].label", "Mood").param("items[0].wording", "My mood is good")
                        .param("items[0].min", "1").param("items[0].max", "3")
                        .param("items[1].label", "Sleep").param("items[1].wording", "I sleep well")
                        .param("items[1].min", "1").param("items[1].max", "3"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("every possible total from 2 to 6: missing 4, 5, 6")));
        mvc.perform(post("/measures/new").with(signIns.as("manager")).with(csrf())
                        .param("name", "Empty tool").param("code", "EMPTY").param("rule", "SUM")
                        .param("totalLabel", "Total").param("licenceHeld", "true"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Add at least one question")));
        mvc.perform(post("/measures/new").with(signIns.as("manager")).with(csrf())
                        .param("name", "Clash").param("code", "ons4").param("rule", "SUM")
                        .param("totalLabel", "Total").param("licenceHeld", "true")
                        .param("items[0].label", "A").param("items[0].wording", "A?")
                        .param("items[0].min", "0").param("items[0].max", "3"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("already a measure with the code ONS4")));
    }

    @Test
    void addAnotherQuestionKeepsWhatWasTypedAndAddsARow() throws Exception {
        mvc.perform(post("/measures/new").with(signIns.as("manager")).with(csrf()).param("action", "add-item")
                        .param("name", "Growing").param("items[0].label", "First").param("items[0].wording", "First?"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("value=\"Growing\""), containsString("value=\"First\""),
                        containsString("Question 2"))));
    }

    @Test
    void onlyServiceManagersDefineMeasures() throws Exception {
        for (String username : List.of("linkworker", "referrer")) {
            mvc.perform(get("/measures/new").with(signIns.as(username))).andExpect(status().isForbidden());
            mvc.perform(get("/measures").with(signIns.as(username))).andExpect(status().isForbidden());
        }
        mvc.perform(get("/measures/new").with(signIns.as("manager"))).andExpect(status().isOk());
    }
}
