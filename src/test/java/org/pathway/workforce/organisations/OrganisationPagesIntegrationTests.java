package org.pathway.workforce.organisations;

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

/**
 * The organisation structure pages as each role sees them, and the administrator's form. On the test ICS and the
 * workforce test mother's localities and PCNs (enough for a second page), in a context of their own.
 */
@PathwayIntegrationTest
@TestPropertySource(properties = TestWorkforce.PROPERTY)
class OrganisationPagesIntegrationTests {

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
        mvc.perform(get("/organisations")).andExpect(status().isFound()).andExpect(redirectedUrl("/sign-in"));
        mvc.perform(get("/organisations/new")).andExpect(redirectedUrl("/sign-in"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"admin", "manager", "linkworker", "icslead"})
    void everyRoleWithTheStructureInItsWorkSeesIt(String username) throws Exception {
        mvc.perform(get("/organisations").param("kind", "LOCALITY").with(signIns.as(username)))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString(TestIcs.NORTH_LOCALITY),
                        containsString(TestWorkforce.WEST_LOCALITY),
                        containsString("Showing 1 to " + TestWorkforce.LOCALITIES + " of " + TestWorkforce.LOCALITIES
                                + " results"))));
    }

    @ParameterizedTest
    @ValueSource(strings = {"referrer", "provider", "researcher"})
    void referrersProvidersAndResearchersCannotSeeTheStructure(String username) throws Exception {
        mvc.perform(get("/organisations").with(signIns.as(username))).andExpect(status().isForbidden());
        mvc.perform(get("/organisations/" + ics.northPcn().value()).with(signIns.as(username)))
                .andExpect(status().isForbidden());
    }

    @Test
    void theListIsPagedAndKeepsItsFilterFromPageToPage() throws Exception {
        // By name: Estuary PCN, North PCN, Paged PCN 01 to 23 on the first page; Paged PCN 24 and South PCN on the second.
        int pcns = TestWorkforce.PCNS;
        String lastOnFirstPage = TestWorkforce.pagedPcn(23);
        String firstOnSecondPage = TestWorkforce.pagedPcn(24);
        mvc.perform(get("/organisations").param("kind", "PCN").with(signIns.as("icslead")))
                .andExpect(content().string(allOf(containsString("Showing 1 to 25 of " + pcns + " results"),
                        containsString(TestWorkforce.ESTUARY_PCN), containsString(lastOnFirstPage),
                        not(containsString(firstOnSecondPage)), not(containsString(TestIcs.SOUTH_PCN)),
                        containsString("href=\"/organisations?kind=PCN&amp;page=2\""))));
        mvc.perform(get("/organisations").param("kind", "PCN").param("page", "2").with(signIns.as("icslead")))
                .andExpect(content().string(allOf(containsString("Showing 26 to " + pcns + " of " + pcns + " results"),
                        containsString(firstOnSecondPage), containsString(TestIcs.SOUTH_PCN),
                        not(containsString(TestWorkforce.ESTUARY_PCN)), not(containsString(lastOnFirstPage)))));
    }

    @Test
    void theListSearchesNamesOdsCodesAndPostcodes() throws Exception {
        mvc.perform(get("/organisations").param("q", "t10001").with(signIns.as("manager")))
                .andExpect(content().string(allOf(containsString(TestIcs.HARBOUR_PRACTICE),
                        containsString("Showing 1 to 1 of 1 results"))));
        mvc.perform(get("/organisations").param("q", "tr11 2").with(signIns.as("manager")))
                .andExpect(content().string(allOf(containsString(TestWorkforce.ESTUARY_SURGERY),
                        containsString("Showing 1 to 1 of 1 results"))));
        mvc.perform(get("/organisations").param("q", "north").param("kind", "PCN").with(signIns.as("manager")))
                .andExpect(content().string(allOf(containsString(TestIcs.NORTH_PCN), not(containsString(TestIcs.SOUTH_PCN)),
                        containsString("Showing 1 to 1 of 1 results"))));
        mvc.perform(get("/organisations").param("q", "100%_nothing").with(signIns.as("manager")))
                .andExpect(content().string(containsString("No organisations match your filter.")));
    }

    @Test
    void aPcnShowsItsPracticesTheServiceItRunsAndTheServicesItsPatientsCanUse() throws Exception {
        mvc.perform(get("/organisations/" + workforce.estuaryPcn().value()).with(signIns.as("linkworker")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Primary Care Network"),
                        containsString(TestWorkforce.WEST_LOCALITY), containsString("GP practices"),
                        containsString("(<span>2</span>)"), containsString(TestWorkforce.ESTUARY_SURGERY),
                        containsString(TestWorkforce.CREEK_SURGERY),
                        containsString("Services it runs"), containsString(TestWorkforce.ESTUARY_SERVICE),
                        containsString("Services its patients can be referred to"),
                        containsString(TestWorkforce.MONEY_SERVICE), not(containsString(TestIcs.SERVICE)),
                        not(containsString(TestIcs.OTHER_SERVICE)), not(containsString("Change organisation")))));
    }

    @Test
    void anUnknownOrganisationIsNotFound() throws Exception {
        mvc.perform(get("/organisations/" + UUID.randomUUID()).with(signIns.as("icslead"))).andExpect(status().isNotFound());
    }

    @ParameterizedTest
    @ValueSource(strings = {"manager", "linkworker", "icslead", "referrer"})
    void onlyAdministratorsChangeTheStructure(String username) throws Exception {
        mvc.perform(get("/organisations/new").with(signIns.as(username))).andExpect(status().isForbidden());
        mvc.perform(post("/organisations/new").with(csrf()).with(signIns.as(username))
                        .param("kind", "PROVIDER").param("name", "Forbidden Friends"))
                .andExpect(status().isForbidden());
        mvc.perform(get("/organisations/" + ics.northPcn().value() + "/edit").with(signIns.as(username)))
                .andExpect(status().isForbidden());
        assertThat(count("Forbidden Friends")).isZero();
    }

    @Test
    void anAdministratorAddsAPracticeToAPcn() throws Exception {
        UUID pcn = workforce.pagedPcns().get(0).value(); // a PCN the other tests here count no practices of
        mvc.perform(post("/organisations/new").with(csrf()).with(signIns.as("admin"))
                        .param("kind", "GP_PRACTICE").param("name", "Lemon Quay Surgery").param("odsCode", "l89999")
                        .param("parentId", pcn.toString()).param("postcode", "tr12ab")
                        .param("address", "3 Lemon Quay, Truro").param("phone", "01632 960777"))
                .andExpect(status().isFound())
                .andExpect(redirectedUrlPattern("/organisations/*"));
        UUID id = jdbc.sql("SELECT id FROM workforce.organisation WHERE name = 'Lemon Quay Surgery'").query(UUID.class)
                .single();
        mvc.perform(get("/organisations/" + id).with(signIns.as("admin")))
                .andExpect(content().string(allOf(containsString("L89999"), containsString("TR1 2AB"),
                        containsString(TestWorkforce.pagedPcn(1)), containsString("3 Lemon Quay, Truro"),
                        containsString("01632 960777"))));
    }

    @Test
    void aPracticeNeedsAPcnAndAnOdsCodeAndTheTypedValuesAreKept() throws Exception {
        mvc.perform(post("/organisations/new").with(csrf()).with(signIns.as("admin"))
                        .param("kind", "GP_PRACTICE").param("name", "Nowhere Surgery").param("postcode", "TR1 2AB"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("There is a problem"),
                        containsString("Select the PCN this practice is part of"),
                        containsString("Enter the practice’s ODS code, like L83012"),
                        containsString("value=\"Nowhere Surgery\""), containsString("value=\"TR1 2AB\""))));
        assertThat(count("Nowhere Surgery")).isZero();
    }

    @Test
    void theStructureRefusesAPracticeUnderALocalityAndACodeAlreadyInUse() throws Exception {
        String code = "T10001"; // Harbour Practice's
        mvc.perform(post("/organisations/new").with(csrf()).with(signIns.as("admin"))
                        .param("kind", "GP_PRACTICE").param("name", "Misplaced Surgery").param("odsCode", code)
                        .param("parentId", ics.northLocality().value().toString()))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("A GP practice is part of a Primary Care Network, not a locality"),
                        containsString("Another organisation already has the ODS code " + code))));
        assertThat(count("Misplaced Surgery")).isZero();
    }

    @Test
    void anAdministratorChangesAnEmployersContracting() throws Exception {
        UUID id = workforce.homes().value();
        mvc.perform(get("/organisations/" + id + "/edit").with(signIns.as("admin")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("value=\"" + TestWorkforce.HOMES + "\"")));
        mvc.perform(post("/organisations/" + id + "/edit").with(csrf()).with(signIns.as("admin"))
                        .param("kind", "EMPLOYER").param("name", TestWorkforce.HOMES).param("employerType", "OTHER")
                        .param("contracting", "DIRECT").param("fundingSource", "LOCAL_AUTHORITY")
                        .param("parentId", ics.ics().value().toString()))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/organisations/" + id));
        mvc.perform(get("/organisations/" + id).with(signIns.as("admin")))
                .andExpect(content().string(allOf(containsString("Direct"), containsString("Local authority"))));
    }

    @Test
    void anEmployerThatRunsServicesCannotStopBeingAnEmployer() throws Exception {
        UUID id = ics.otherEmployer().value(); // runs Other Connect
        mvc.perform(post("/organisations/" + id + "/edit").with(csrf()).with(signIns.as("admin"))
                        .param("kind", "PROVIDER").param("name", TestIcs.OTHER_EMPLOYER))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("must keep an employer type")));
    }

    private long count(String name) {
        return jdbc.sql("SELECT count(*) FROM workforce.organisation WHERE name = ?").param(name).query(Long.class).single();
    }
}
