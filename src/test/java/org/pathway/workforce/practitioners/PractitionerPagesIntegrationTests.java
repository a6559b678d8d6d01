package org.pathway.workforce.practitioners;

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
 * The practitioner pages, scoped to the user's organisation, as each role sees them. On the test ICS and the workforce
 * test mother's practitioners (enough for a second page), in a context of their own.
 */
@PathwayIntegrationTest
@TestPropertySource(properties = TestWorkforce.PROPERTY)
class PractitionerPagesIntegrationTests {

    static final String OWN = TestIcs.EMPLOYER;
    static final String OTHER = TestIcs.OTHER_EMPLOYER;

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
        mvc.perform(get("/practitioners")).andExpect(status().isFound()).andExpect(redirectedUrl("/sign-in"));
        mvc.perform(get("/practitioners/" + ics.linkWorker().value())).andExpect(redirectedUrl("/sign-in"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"referrer", "icslead", "provider", "researcher"})
    void rolesWithoutStaffResponsibilitiesCannotSeePractitioners(String username) throws Exception {
        mvc.perform(get("/practitioners").with(signIns.as(username))).andExpect(status().isForbidden());
        mvc.perform(get("/practitioners/" + ics.linkWorker().value()).with(signIns.as(username)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/practitioners/new").with(signIns.as(username))).andExpect(status().isForbidden());
    }

    @ParameterizedTest
    @ValueSource(strings = {"manager", "linkworker"})
    void managersAndLinkWorkersSeeOnlyTheirOwnOrganisationsStaff(String username) throws Exception {
        mvc.perform(get("/practitioners").with(signIns.as(username)))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString(OWN), not(containsString(OTHER)),
                        containsString(TestIcs.LINK_WORKER), containsString(TestIcs.COLLEAGUE),
                        not(containsString(TestIcs.OTHER_LINK_WORKER)),
                        containsString("Showing 1 to " + ownStaff() + " of " + ownStaff() + " results"))));
        mvc.perform(get("/practitioners").param("employer", ics.otherEmployer().value().toString())
                        .with(signIns.as(username)))
                .andExpect(content().string(containsString("No practitioners match your filter.")));
        mvc.perform(get("/practitioners/" + ics.otherLinkWorker().value()).with(signIns.as(username)))
                .andExpect(status().isNotFound());
    }

    @Test
    void anAdministratorSeesEveryonePagedAndFilters() throws Exception {
        mvc.perform(get("/practitioners").with(signIns.as("admin")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Showing 1 to 25 of "), containsString("Next"))));
        mvc.perform(get("/practitioners").param("title", TestWorkforce.COORDINATOR_TITLE).with(signIns.as("admin")))
                .andExpect(content().string(allOf(containsString(TestWorkforce.COORDINATORS),
                        containsString("Showing 1 to 24 of " + TestWorkforce.COORDINATOR_COUNT + " results"),
                        not(containsString("<span>Social Prescribing Link Worker</span>")))));
        mvc.perform(get("/practitioners").param("service", ics.otherService().value().toString())
                        .with(signIns.as("admin")))
                .andExpect(content().string(allOf(containsString("<span>Health and Wellbeing Coach</span>"),
                        containsString(TestIcs.OTHER_LINK_WORKER), containsString("Showing 1 to 1 of 1 results"),
                        not(containsString("<span>" + OWN + "</span>")))));
        mvc.perform(get("/practitioners/" + ics.otherLinkWorker().value()).with(signIns.as("admin")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(OTHER)));
    }

    @Test
    void theLinkWorkerIsLinkedToTheirSignIn() throws Exception {
        mvc.perform(get("/practitioners/" + ics.linkWorker().value()).with(signIns.as("linkworker")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Social Prescribing Link Worker"),
                        containsString("Linked to a sign-in account"), containsString(TestIcs.OLDER_SERVICE))));
    }

    @Test
    void linkWorkersCannotAddOrChangePractitioners() throws Exception {
        mvc.perform(get("/practitioners/new").with(signIns.as("linkworker"))).andExpect(status().isForbidden());
        mvc.perform(practitioner("Not Allowed").with(signIns.as("linkworker"))).andExpect(status().isForbidden());
        mvc.perform(get("/practitioners/" + ics.linkWorker().value() + "/edit").with(signIns.as("linkworker")))
                .andExpect(status().isForbidden());
        assertThat(count("Not Allowed")).isZero();
    }

    @Test
    void aManagerAddsAPractitionerToTheirOwnOrganisation() throws Exception {
        mvc.perform(practitioner("Tamsin Pascoe").with(signIns.as("manager")))
                .andExpect(status().isFound())
                .andExpect(redirectedUrlPattern("/practitioners/*"));
        UUID id = jdbc.sql("SELECT id FROM workforce.practitioner WHERE name = 'Tamsin Pascoe'").query(UUID.class).single();
        mvc.perform(get("/practitioners/" + id).with(signIns.as("manager")))
                .andExpect(content().string(allOf(containsString("Community Wellbeing Worker"), containsString(OWN),
                        containsString(TestIcs.OLDER_SERVICE), containsString("0.60"))));
    }

    @Test
    void aManagerCannotAddOrChangeAnotherOrganisationsPractitioners() throws Exception {
        mvc.perform(practitioner("Poached Person", "employerId", ics.otherEmployer().value().toString(), "serviceIds", "")
                        .with(signIns.as("manager")))
                .andExpect(status().isForbidden());
        assertThat(count("Poached Person")).isZero();

        UUID other = ics.otherLinkWorker().value();
        mvc.perform(get("/practitioners/" + other + "/edit").with(signIns.as("manager"))).andExpect(status().isNotFound());
        mvc.perform(practitionerAt("/practitioners/" + other + "/edit", "Renamed By Manager").with(signIns.as("manager")))
                .andExpect(status().isNotFound());
        assertThat(count("Renamed By Manager")).isZero();
    }

    @Test
    void aManagerCannotAssignAnotherOrganisationsService() throws Exception {
        mvc.perform(practitioner("Wrong Service", "serviceIds", ics.otherService().value().toString())
                        .with(signIns.as("manager")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Choose services that your organisation runs")));
        assertThat(count("Wrong Service")).isZero();
    }

    @Test
    void anFteOutsideTheRangeIsRefusedAndTheTypedValuesKept() throws Exception {
        mvc.perform(practitioner("Too Many Hours", "fte", "1.5").with(signIns.as("manager")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("There is a problem"),
                        containsString("Full-time equivalent must be between 0.1 and 1.0"),
                        containsString("value=\"1.5\""), containsString("value=\"Too Many Hours\""),
                        containsString("value=\"Community Wellbeing Worker\""))));
        assertThat(count("Too Many Hours")).isZero();
    }

    @Test
    void aManagerChangesTheirOwnPractitioner() throws Exception {
        mvc.perform(practitioner("Jago Curnow").with(signIns.as("manager"))).andExpect(status().isFound());
        UUID id = jdbc.sql("SELECT id FROM workforce.practitioner WHERE name = 'Jago Curnow'").query(UUID.class).single();

        mvc.perform(get("/practitioners/" + id + "/edit").with(signIns.as("manager")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("value=\"Jago Curnow\""), containsString("value=\"0.60\""))));
        mvc.perform(practitionerAt("/practitioners/" + id + "/edit", "Jago Curnow", "jobTitle", "Community Connector",
                        "fte", "0.8").with(signIns.as("manager")))
                .andExpect(status().isFound());
        assertThat(jdbc.sql("SELECT job_title || ' ' || fte FROM workforce.practitioner WHERE id = ?").param(id)
                .query(String.class).single()).isEqualTo("Community Connector 0.80");
    }

    @Test
    void aPractitionersWorkPhoneAndEmailAreKeptForThePlansOfThePeopleTheySupport() throws Exception {
        mvc.perform(practitioner("Kerensa Jory", "workPhone", "01632 960321", "workEmail", "not-an-email")
                        .with(signIns.as("manager")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("href=\"#workEmail\""),
                        containsString("Enter a work email address"), containsString("value=\"01632 960321\""))));
        mvc.perform(practitioner("Kerensa Jory", "workPhone", "01632 960321", "workEmail", "kerensa@kernow.example.org")
                .with(signIns.as("manager"))).andExpect(status().isFound());
        UUID id = jdbc.sql("SELECT id FROM workforce.practitioner WHERE name = 'Kerensa Jory'").query(UUID.class).single();
        mvc.perform(get("/practitioners/" + id).with(signIns.as("manager")))
                .andExpect(content().string(allOf(containsString("01632 960321"),
                        containsString("kerensa@kernow.example.org"))));
        mvc.perform(get("/practitioners/" + id + "/edit").with(signIns.as("manager")))
                .andExpect(content().string(containsString("value=\"kerensa@kernow.example.org\"")));
    }

    private MockHttpServletRequestBuilder practitioner(String name, String... overrides) {
        return practitionerAt("/practitioners/new", name, overrides);
    }

    /** A valid practitioner of the manager's organisation, posted to the url, with some fields replaced. */
    private MockHttpServletRequestBuilder practitionerAt(String url, String name, String... overrides) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("name", name);
        fields.put("jobTitle", "Community Wellbeing Worker");
        fields.put("employerId", ics.employer().value().toString());
        fields.put("serviceIds", ics.olderService().value().toString());
        fields.put("fte", "0.6");
        for (int i = 0; i < overrides.length; i += 2) {
            fields.put(overrides[i], overrides[i + 1]);
        }
        MockHttpServletRequestBuilder request = post(url).with(csrf());
        fields.forEach(request::param);
        return request;
    }

    private long ownStaff() {
        return jdbc.sql("SELECT count(*) FROM workforce.practitioner WHERE employer_id = ?")
                .param(ics.employer().value()).query(Long.class).single();
    }

    private long count(String name) {
        return jdbc.sql("SELECT count(*) FROM workforce.practitioner WHERE name = ?").param(name).query(Long.class).single();
    }
}
