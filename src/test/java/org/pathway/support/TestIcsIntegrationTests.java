package org.pathway.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.pathway.PathwayIntegrationTest;
import org.pathway.workforce.PractitionerRegister;
import org.pathway.workforce.ServiceCatalogue;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** The tests' own ICS: built through the facades, with no demo data, and every sign-in works. */
@PathwayIntegrationTest
class TestIcsIntegrationTests {

    @Autowired
    TestIcs ics;

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    SignIns signIns;

    @Autowired
    ServiceCatalogue services;

    @Autowired
    PractitionerRegister practitioners;

    @Test
    void theTestIcsHasNoDemoDataOnlyItsOwnOrganisationsServicesAndPractitioners() {
        assertThat(jdbc.sql("SELECT count(*) FROM workforce.organisation").query(Long.class).single()).isEqualTo(11);
        assertThat(jdbc.sql("SELECT count(*) FROM workforce.service").query(Long.class).single()).isEqualTo(3);
        assertThat(jdbc.sql("SELECT count(*) FROM workforce.practitioner").query(Long.class).single()).isEqualTo(3);
        assertThat(jdbc.sql("SELECT count(*) FROM platform.demo_dataset").query(Long.class).single()).isZero();
        var referrer = ics.user("referrer");
        assertThat(TestIcs.as(referrer, () -> services.servicesCovering(ics.harbourPractice())))
                .extracting(s -> s.name()).containsExactlyInAnyOrder(TestIcs.SERVICE, TestIcs.OLDER_SERVICE);
        assertThat(TestIcs.as(referrer, () -> services.servicesCovering(ics.quayPractice())))
                .extracting(s -> s.name()).containsExactly(TestIcs.OTHER_SERVICE);
    }

    @Test
    void theLinkWorkerSignsInAsTheirPractitionerRecord() {
        var linkWorker = ics.user("linkworker");
        assertThat(TestIcs.as(linkWorker, () -> practitioners.practitionerForAccount(linkWorker.id(), linkWorker)))
                .hasValueSatisfying(p -> assertThat(p.id()).isEqualTo(ics.linkWorker()));
    }

    @Test
    void everySignInWorksWithThePassword() throws Exception {
        for (String username : new String[] {"admin", "manager", "linkworker", "otherlinkworker", "othermanager",
                "referrer", "provider", "icslead", "researcher"}) {
            mvc.perform(post("/sign-in").param("username", username).param("password", TestIcs.PASSWORD).with(csrf()))
                    .andExpect(redirectedUrl("/"));
        }
        mvc.perform(get("/").with(signIns.as("referrer"))).andExpect(status().isOk());
    }
}
