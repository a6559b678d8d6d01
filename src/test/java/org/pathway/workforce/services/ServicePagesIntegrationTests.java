package org.pathway.workforce.services;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.pathway.PathwayIntegrationTest;
import org.pathway.support.TestIcs;
import org.pathway.workforce.TestWorkforce;
import org.pathway.support.SignIns;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The services pages as each role sees them, and the service form's delivery-model checks. On the test ICS and the
 * workforce test mother's services, in a context of their own.
 */
@PathwayIntegrationTest
@TestPropertySource(properties = TestWorkforce.PROPERTY)
class ServicePagesIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserDetailsService users;

    @Autowired
    TestIcs ics;

    @Autowired
    TestWorkforce workforce;

    SignIns signIns;

    @BeforeEach
    void setUp() {
        signIns = new SignIns(users);
    }

    @Test
    void signedOutVisitorsAreSentToSignIn() throws Exception {
        mvc.perform(get("/services")).andExpect(status().isFound()).andExpect(redirectedUrl("/sign-in"));
        mvc.perform(get("/services/new")).andExpect(redirectedUrl("/sign-in"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"admin", "manager", "linkworker", "referrer", "icslead"})
    void everyoneWhoRefersOrRunsServicesSeesTheList(String username) throws Exception {
        mvc.perform(get("/services").with(signIns.as(username)))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString(TestIcs.OLDER_SERVICE), containsString(TestIcs.EMPLOYER),
                        containsString(TestIcs.OTHER_SERVICE), containsString(TestWorkforce.MONEY_SERVICE),
                        containsString("Showing 1 to "))));
    }

    @ParameterizedTest
    @ValueSource(strings = {"provider", "researcher"})
    void providersAndResearchersCannotSeeServices(String username) throws Exception {
        mvc.perform(get("/services").with(signIns.as(username))).andExpect(status().isForbidden());
        mvc.perform(get("/services/" + ics.olderService().value()).with(signIns.as(username)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/services/" + ics.olderService().value() + "/edit").with(signIns.as(username)))
                .andExpect(status().isForbidden());
    }

    @Test
    void theListFiltersByDeliveryModel() throws Exception {
        mvc.perform(get("/services").param("access", "BOUNDARIED").with(signIns.as("referrer")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString(TestIcs.OLDER_SERVICE),
                        containsString(TestWorkforce.MONEY_SERVICE), not(containsString(TestIcs.OTHER_SERVICE)),
                        not(containsString(TestWorkforce.ESTUARY_SERVICE)))));
        mvc.perform(get("/services").param("engagement", "TRANSACTIONAL").param("access", "OPEN").with(signIns.as("referrer")))
                .andExpect(content().string(allOf(containsString(TestIcs.OTHER_SERVICE),
                        containsString("Showing 1 to 1 of 1 results"), not(containsString(TestIcs.OLDER_SERVICE)),
                        not(containsString(TestWorkforce.MONEY_SERVICE)), not(containsString(TestWorkforce.ESTUARY_SERVICE)))));
    }

    @Test
    void aServiceShowsItsDeliveryModelPlainlyToReferrers() throws Exception {
        mvc.perform(get("/services/" + ics.olderService().value()).with(signIns.as("referrer")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("Boundaried: people aged 55 and over with loneliness or isolation"),
                        containsString("registered with practices in " + TestIcs.NORTH_PCN),
                        containsString("Relational: open-ended support, reviewed every 8 weeks."),
                        containsString("25 people per full-time practitioner"),
                        not(containsString("Change service")))));
        mvc.perform(get("/services/" + workforce.moneyService().value()).with(signIns.as("referrer")))
                .andExpect(content().string(allOf(containsString("Boundaried: people with "),
                        containsString("not for people in severe mental-health crisis"),
                        containsString("Transactional: up to 4 sessions."),
                        containsString("40 people per full-time practitioner"))));
        mvc.perform(get("/services/" + ics.service().value()).with(signIns.as("referrer")))
                .andExpect(content().string(allOf(
                        containsString("Open: anyone registered with practices in " + TestIcs.NORTH_PCN),
                        containsString("Relational: open-ended support, reviewed every 12 weeks."))));
    }

    @Test
    void anUnknownServiceIsNotFound() throws Exception {
        mvc.perform(get("/services/" + UUID.randomUUID()).with(signIns.as("referrer"))).andExpect(status().isNotFound());
    }

    @ParameterizedTest
    @ValueSource(strings = {"linkworker", "referrer", "icslead", "provider", "researcher"})
    void onlyManagersAndAdministratorsMayAddServices(String username) throws Exception {
        mvc.perform(get("/services/new").with(signIns.as(username))).andExpect(status().isForbidden());
        mvc.perform(validService("Not allowed").with(signIns.as(username))).andExpect(status().isForbidden());
        assertThat(serviceCount("Not allowed")).isZero();
    }

    @Test
    void aManagerChangesTheirOwnOrganisationsServicesOnly() throws Exception {
        UUID own = ics.olderService().value();
        UUID other = ics.otherService().value();

        mvc.perform(get("/services/" + own).with(signIns.as("manager")))
                .andExpect(content().string(containsString("Change service")));
        mvc.perform(get("/services/" + own + "/edit").with(signIns.as("manager")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("value=\"" + TestIcs.OLDER_SERVICE + "\""),
                        containsString("value=\"55\""))));

        mvc.perform(get("/services/" + other).with(signIns.as("manager")))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("Change service"))));
        mvc.perform(get("/services/" + other + "/edit").with(signIns.as("manager"))).andExpect(status().isForbidden());
        mvc.perform(post("/services/" + other + "/edit").with(csrf()).with(signIns.as("manager"))
                        .param("name", "Taken over").param("employerId", ics.employer().value().toString())
                        .param("access", "OPEN").param("engagement", "RELATIONAL").param("reviewIntervalWeeks", "4")
                        .param("caseloadCapPerFte", "10").param("statement", "Taken over"))
                .andExpect(status().isForbidden());
        assertThat(serviceCount("Taken over")).isZero();

        mvc.perform(get("/services/" + other + "/edit").with(signIns.as("admin"))).andExpect(status().isOk());
    }

    @Test
    void aManagerCannotAddAServiceForAnotherOrganisation() throws Exception {
        mvc.perform(validService("Somebody else's service",
                        "employerId", ics.otherEmployer().value().toString())
                        .with(signIns.as("manager")))
                .andExpect(status().isForbidden());
        assertThat(serviceCount("Somebody else's service")).isZero();
    }

    @Test
    void aManagerAddsABoundariedServiceAndReferrersSeeItsModel() throws Exception {
        mvc.perform(validService("Carers Connect").with(signIns.as("manager")))
                .andExpect(status().isFound())
                .andExpect(redirectedUrlPattern("/services/*"));
        UUID id = jdbc.sql("SELECT id FROM workforce.service WHERE name = 'Carers Connect'").query(UUID.class).single();

        mvc.perform(get("/services/" + id).with(signIns.as("referrer")))
                .andExpect(content().string(allOf(containsString(TestIcs.EMPLOYER),
                        containsString("Boundaried: people aged 18 to 90 with carer support"),
                        containsString("registered with practices in " + TestIcs.NORTH_PCN),
                        containsString("Transactional: up to 4 sessions."))));
        assertThat(jdbc.sql("SELECT count(*) FROM governance.audit_event WHERE actor = 'manager' AND record_type = 'service'"
                + " AND record_id = ?").param(id.toString()).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void aMinimumAgeAboveTheMaximumIsRefusedBesideTheFieldAndTheTypedValuesAreKept() throws Exception {
        mvc.perform(validService("Ages the wrong way round", "minAge", "70", "maxAge", "60")
                        .with(signIns.as("manager")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("There is a problem"),
                        containsString("<a href=\"#minAge\">Minimum age must not be above the maximum age</a>"),
                        containsString("id=\"minAge-error\""),
                        containsString("value=\"70\""),
                        containsString("value=\"60\""),
                        containsString("value=\"Ages the wrong way round\""))));
        assertThat(serviceCount("Ages the wrong way round")).isZero();
    }

    @Test
    void theErrorSummaryListsProblemsInTheOrderOfTheForm() throws Exception {
        String page = mvc.perform(validService("", "minAge", "70", "maxAge", "60", "sessionCap", "", "statement", "")
                        .with(signIns.as("manager")))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        String summary = page.substring(page.indexOf("There is a problem"), page.indexOf("<h1>"));
        assertThat(summary).containsSubsequence("href=\"#name\"", "href=\"#minAge\"", "href=\"#sessionCap\"",
                "href=\"#statement\"");
    }

    @Test
    void aTransactionalServiceNeedsASessionCap() throws Exception {
        mvc.perform(validService("No cap", "sessionCap", "").with(signIns.as("manager")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(
                        "Enter the session cap: the number of sessions this transactional service offers")));
        assertThat(serviceCount("No cap")).isZero();
    }

    @Test
    void aBoundariedServiceNeedsAtLeastOneCriterion() throws Exception {
        mvc.perform(post("/services/new").with(csrf()).with(signIns.as("manager"))
                        .param("name", "Boundless").param("access", "BOUNDARIED")
                        .param("employerId", ics.employer().value().toString())
                        .param("engagement", "RELATIONAL").param("reviewIntervalWeeks", "12")
                        .param("caseloadCapPerFte", "30").param("statement", "For anyone."))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("A boundaried service needs at least one criterion")));
        assertThat(serviceCount("Boundless")).isZero();
    }

    @Test
    void capsMustBePositive() throws Exception {
        mvc.perform(validService("Zero caps", "sessionCap", "0", "caseloadCapPerFte", "0").with(signIns.as("manager")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Session cap must be more than 0"),
                        containsString("Caseload cap must be more than 0"))));
        assertThat(serviceCount("Zero caps")).isZero();
    }

    @Test
    void lettersInANumberFieldAreRefusedAndKeptAsTyped() throws Exception {
        mvc.perform(validService("Sixty", "maxAge", "sixty").with(signIns.as("manager")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Enter the maximum age as a whole number, like 65"),
                        containsString("value=\"sixty\""), containsString("value=\"Sixty\""),
                        // The boundaried criteria stay revealed for the person to correct.
                        containsString("class=\"nhsuk-radios__conditional\" id=\"conditional-access-2\""))));
        assertThat(serviceCount("Sixty")).isZero();
    }

    /** A valid boundaried, transactional service for the manager's organisation, with some fields replaced. */
    private MockHttpServletRequestBuilder validService(String name, String... overrides) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("name", name);
        fields.put("employerId", ics.employer().value().toString());
        fields.put("access", "BOUNDARIED");
        fields.put("minAge", "18");
        fields.put("maxAge", "90");
        fields.put("includedNeeds", "CARER_SUPPORT");
        fields.put("exclusions", "SEVERE_MENTAL_HEALTH_CRISIS");
        fields.put("areaIds", ics.northPcn().value().toString());
        fields.put("engagement", "TRANSACTIONAL");
        fields.put("sessionCap", "4");
        fields.put("caseloadCapPerFte", "30");
        fields.put("statement", "For unpaid carers aged 18 to 90: up to four sessions.");
        for (int i = 0; i < overrides.length; i += 2) {
            fields.put(overrides[i], overrides[i + 1]);
        }
        MockHttpServletRequestBuilder request = post("/services/new").with(csrf());
        fields.forEach(request::param);
        return request;
    }

    private long serviceCount(String name) {
        return jdbc.sql("SELECT count(*) FROM workforce.service WHERE name = ?").param(name).query(Long.class).single();
    }
}
