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
        // Other test classes sharing this context add their own records: count only what the test ICS made.
        assertThat(jdbc.sql("SELECT count(*) FROM platform.demo_dataset").query(Long.class).single()).isZero();
        assertThat(jdbc.sql("SELECT name FROM workforce.organisation WHERE parent_id = ?").param(ics.ics().value())
                .query(String.class).list()).contains(TestIcs.NORTH_LOCALITY, TestIcs.SOUTH_LOCALITY, TestIcs.EMPLOYER,
                        TestIcs.OTHER_EMPLOYER);
        assertThat(jdbc.sql("SELECT name FROM workforce.practitioner WHERE id IN (?, ?, ?)")
                .params(ics.linkWorker().value(), ics.colleague().value(), ics.otherLinkWorker().value())
                .query(String.class).list()).containsExactlyInAnyOrder(TestIcs.LINK_WORKER, TestIcs.COLLEAGUE,
                        TestIcs.OTHER_LINK_WORKER);
        var referrer = ics.user("referrer");
        assertThat(TestIcs.as(referrer, () -> services.servicesCovering(ics.harbourPractice())))
                .extracting(s -> s.name()).contains(TestIcs.SERVICE, TestIcs.OLDER_SERVICE)
                .doesNotContain(TestIcs.OTHER_SERVICE);
        assertThat(TestIcs.as(referrer, () -> services.servicesCovering(ics.quayPractice())))
                .extracting(s -> s.name()).contains(TestIcs.OTHER_SERVICE)
                .doesNotContain(TestIcs.SERVICE, TestIcs.OLDER_SERVICE);
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
