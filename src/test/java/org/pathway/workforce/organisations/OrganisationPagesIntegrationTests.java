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
import org.pathway.DemoIntegrationTest;
import org.pathway.support.SignIns;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/** The organisation structure pages as each role sees them, and the administrator's form. */
@DemoIntegrationTest
class OrganisationPagesIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserDetailsService users;

    SignIns signIns;

    @BeforeEach
    void setUp() {
        signIns = new SignIns(users, jdbc);
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
                .andExpect(content().string(allOf(containsString("Cornwall"), containsString("Northern Devon"),
                        containsString("Showing 1 to 5 of 5 results"))));
    }

    @ParameterizedTest
    @ValueSource(strings = {"referrer", "provider", "researcher"})
    void referrersProvidersAndResearchersCannotSeeTheStructure(String username) throws Exception {
        mvc.perform(get("/organisations").with(signIns.as(username))).andExpect(status().isForbidden());
        mvc.perform(get("/organisations/" + signIns.organisation("Truro PCN")).with(signIns.as(username)))
                .andExpect(status().isForbidden());
    }

    @Test
    void theListIsPagedAndKeepsItsFilterFromPageToPage() throws Exception {
        // Other test classes share this database and may add PCNs: count them rather than assume the demo's 31.
        long pcns = jdbc.sql("SELECT count(*) FROM workforce.organisation WHERE kind = 'PCN'").query(Long.class).single();
        mvc.perform(get("/organisations").param("kind", "PCN").with(signIns.as("icslead")))
                .andExpect(content().string(allOf(containsString("Showing 1 to 25 of " + pcns + " results"),
                        containsString("Barnstaple PCN"), not(containsString("Truro PCN")),
                        containsString("href=\"/organisations?kind=PCN&amp;page=2\""))));
        mvc.perform(get("/organisations").param("kind", "PCN").param("page", "2").with(signIns.as("icslead")))
                .andExpect(content().string(allOf(containsString("Showing 26 to " + pcns + " of " + pcns + " results"),
                        not(containsString("Barnstaple PCN")))));
    }

    @Test
    void theListSearchesNamesOdsCodesAndPostcodes() throws Exception {
        String code = jdbc.sql("SELECT ods_code FROM workforce.organisation WHERE kind = 'GP_PRACTICE' ORDER BY ods_code LIMIT 1")
                .query(String.class).single();
        String name = jdbc.sql("SELECT name FROM workforce.organisation WHERE ods_code = ?").param(code)
                .query(String.class).single();
        mvc.perform(get("/organisations").param("q", code.toLowerCase()).with(signIns.as("manager")))
                .andExpect(content().string(allOf(containsString(name), containsString("Showing 1 to 1 of 1 results"))));
        mvc.perform(get("/organisations").param("q", "truro").param("kind", "PCN").with(signIns.as("manager")))
                .andExpect(content().string(allOf(containsString("Truro PCN"), not(containsString("Barnstaple PCN")))));
        mvc.perform(get("/organisations").param("q", "100%_nothing").with(signIns.as("manager")))
                .andExpect(content().string(containsString("No organisations match your filter.")));
    }

    @Test
    void aPcnShowsItsPracticesTheServiceItRunsAndTheServicesItsPatientsCanUse() throws Exception {
        UUID truro = signIns.organisation("Truro PCN");
        long practices = jdbc.sql("SELECT count(*) FROM workforce.organisation WHERE parent_id = ?").param(truro)
                .query(Long.class).single();
        mvc.perform(get("/organisations/" + truro).with(signIns.as("linkworker")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Primary Care Network"), containsString("Cornwall"),
                        containsString("GP practices"), containsString("(<span>" + practices + "</span>)"),
                        containsString("Services it runs"), containsString("Truro PCN Social Prescribing"),
                        containsString("Services its patients can be referred to"), containsString("Connect 55+"),
                        containsString("Money and Housing Navigation"), not(containsString("Torbay Social Prescribing")),
                        not(containsString("Change organisation")))));
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
        mvc.perform(get("/organisations/" + signIns.organisation("Truro PCN") + "/edit").with(signIns.as(username)))
                .andExpect(status().isForbidden());
        assertThat(count("Forbidden Friends")).isZero();
    }

    @Test
    void anAdministratorAddsAPracticeToAPcn() throws Exception {
        mvc.perform(post("/organisations/new").with(csrf()).with(signIns.as("admin"))
                        .param("kind", "GP_PRACTICE").param("name", "Lemon Quay Surgery").param("odsCode", "l89999")
                        .param("parentId", signIns.organisation("Truro PCN").toString()).param("postcode", "tr12ab")
                        .param("address", "3 Lemon Quay, Truro").param("phone", "01632 960777"))
                .andExpect(status().isFound())
                .andExpect(redirectedUrlPattern("/organisations/*"));
        mvc.perform(get("/organisations/" + signIns.organisation("Lemon Quay Surgery")).with(signIns.as("admin")))
                .andExpect(content().string(allOf(containsString("L89999"), containsString("TR1 2AB"),
                        containsString("Truro PCN"), containsString("3 Lemon Quay, Truro"),
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
        String code = jdbc.sql("SELECT ods_code FROM workforce.organisation WHERE kind = 'GP_PRACTICE' LIMIT 1")
                .query(String.class).single();
        mvc.perform(post("/organisations/new").with(csrf()).with(signIns.as("admin"))
                        .param("kind", "GP_PRACTICE").param("name", "Misplaced Surgery").param("odsCode", code)
                        .param("parentId", signIns.organisation("Cornwall").toString()))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("A GP practice is part of a Primary Care Network, not a locality"),
                        containsString("Another organisation already has the ODS code " + code))));
        assertThat(count("Misplaced Surgery")).isZero();
    }

    @Test
    void anAdministratorChangesAnEmployersContracting() throws Exception {
        UUID id = signIns.organisation("Coastline Homes");
        mvc.perform(get("/organisations/" + id + "/edit").with(signIns.as("admin")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("value=\"Coastline Homes\"")));
        mvc.perform(post("/organisations/" + id + "/edit").with(csrf()).with(signIns.as("admin"))
                        .param("kind", "EMPLOYER").param("name", "Coastline Homes").param("employerType", "OTHER")
                        .param("contracting", "DIRECT").param("fundingSource", "LOCAL_AUTHORITY")
                        .param("parentId", signIns.organisation("Peninsula Integrated Care System").toString()))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/organisations/" + id));
        mvc.perform(get("/organisations/" + id).with(signIns.as("admin")))
                .andExpect(content().string(allOf(containsString("Direct"), containsString("Local authority"))));
    }

    @Test
    void anEmployerThatRunsServicesCannotStopBeingAnEmployer() throws Exception {
        UUID id = signIns.organisation("Peninsula County Council");
        mvc.perform(post("/organisations/" + id + "/edit").with(csrf()).with(signIns.as("admin"))
                        .param("kind", "PROVIDER").param("name", "Peninsula County Council"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("must keep an employer type")));
    }

    private long count(String name) {
        return jdbc.sql("SELECT count(*) FROM workforce.organisation WHERE name = ?").param(name).query(Long.class).single();
    }
}
