package org.pathway.platform;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.pathway.support.SignIns;
import org.junit.jupiter.api.Test;
import org.pathway.PathwayIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** An unknown address: the NHS-styled "Page not found" for people, structured JSON for the APIs. */
@PathwayIntegrationTest
class NotFoundPagesIntegrationTests {

    @Autowired
    SignIns signIns;

    static final String BROWSER = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

    @Autowired
    MockMvc mvc;


    @Test
    void aPersonSignedInGetsTheNhsStyledPageNotFound() throws Exception {
        mvc.perform(get("/no-such-page").header("Accept", BROWSER).with(signIns.as("linkworker")))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith("text/html"))
                .andExpect(content().string(allOf(containsString("<h1>Page not found</h1>"),
                        containsString("nhsuk-header"), not(containsString("No static resource")))));
    }

    @Test
    void aPersonSignedOutGetsPageNotFoundNotTheSignInPage() throws Exception {
        mvc.perform(get("/directory/no-such-thing/here").header("Accept", BROWSER))
                .andExpect(status().isNotFound())
                .andExpect(content().string(allOf(containsString("<h1>Page not found</h1>"),
                        not(containsString("No static resource")))));
        // A page that exists still asks them to sign in.
        mvc.perform(get("/caseload").header("Accept", BROWSER))
                .andExpect(status().is3xxRedirection()).andExpect(header().string("Location", containsString("/sign-in")));
    }

    @Test
    void theApisAndJsonRequestsKeepStructuredJsonErrors() throws Exception {
        mvc.perform(get("/hsds/no-such-endpoint").header("Accept", BROWSER))
                .andExpect(status().isNotFound())
                .andExpect(header().string("Content-Type", startsWith("application/problem+json")))
                .andExpect(content().string(allOf(containsString("\"status\":404"),
                        containsString("\"instance\":\"/hsds/no-such-endpoint\""), not(containsString("<h1>")))));
        mvc.perform(get("/no-such-page").header("Accept", "application/json")
                        .with(signIns.as("linkworker")))
                .andExpect(status().isNotFound())
                .andExpect(header().string("Content-Type", startsWith("application/problem+json")))
                .andExpect(content().string(containsString("\"title\":\"Not Found\"")));
        mvc.perform(get("/actuator/no-such-endpoint").header("Accept", BROWSER)
                        .with(signIns.as("admin")))
                .andExpect(status().isNotFound())
                .andExpect(header().string("Content-Type", startsWith("application/problem+json")));
    }
}
