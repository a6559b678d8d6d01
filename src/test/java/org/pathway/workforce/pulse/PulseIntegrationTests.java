package org.pathway.workforce.pulse;

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

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.pathway.governance.Accounts;
import org.pathway.governance.Role;
import org.pathway.workforce.PractitionerCommand;
import org.pathway.workforce.PractitionerId;
import org.pathway.workforce.loading.WorkforceLoader;
import org.junit.jupiter.api.Test;
import org.pathway.PathwayIntegrationTest;
import org.pathway.support.SignIns;
import org.pathway.support.TestIcs;
import org.pathway.workforce.WorkforceEvents.PulseAnswered;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The wellbeing pulse: a practitioner answers it once a period; only they and their line manager ever see their
 * answers — checked for every role.
 */
@PathwayIntegrationTest
@RecordApplicationEvents
class PulseIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestIcs ics;

    @Autowired
    SignIns signIns;

    @Autowired
    ApplicationEvents events;

    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    @Autowired
    Accounts accounts;

    @Autowired
    WorkforceLoader workforce;

    /** A link worker of Test Community Connect with a sign-in of their own, so each test answers its own pulse. */
    PractitionerId newLinkWorker(String username) {
        UUID account = accounts.ensureAccount(new Accounts.NewAccount(username, "Pulse " + username, null,
                TestIcs.PASSWORD, Role.LINK_WORKER, ics.employer().value()));
        PractitionerId id = new PractitionerId(UUID.randomUUID());
        workforce.load(new WorkforceLoader.Batch(List.of(), List.of(), List.of(new WorkforceLoader.NewPractitioner(id,
                new PractitionerCommand("Pulse " + username, "Link Worker", ics.employer(), Set.of(ics.service()),
                        BigDecimal.ONE), account))));
        return id;
    }

    MockHttpServletRequestBuilder answers(String who, String workload, String support, String clarity,
            String confidence, String wellbeing, String comment) {
        return answers(who, who.equals("linkworker") ? ics.linkWorker() : ics.colleague(), workload, support, clarity,
                confidence, wellbeing, comment);
    }

    MockHttpServletRequestBuilder answers(String who, PractitionerId practitioner, String workload, String support,
            String clarity, String confidence, String wellbeing, String comment) {
        return post("/practitioners/" + practitioner + "/pulse").with(csrf()).with(signIns.as(who))
                .param("workload", workload).param("support", support).param("clarity", clarity)
                .param("confidence", confidence).param("wellbeing", wellbeing).param("comment", comment);
    }

    @Test
    void thePractitionerAnswersOnceAPeriodAndTheirLineManagerSeesIt() throws Exception {
        mvc.perform(get("/pulse").with(signIns.as("linkworker")))
                .andExpect(redirectedUrl("/practitioners/" + ics.linkWorker() + "/pulse"));
        // a manager or an administrator is no practitioner: no pulse of their own
        mvc.perform(get("/pulse").with(signIns.as("manager"))).andExpect(status().isForbidden());
        mvc.perform(get("/pulse").with(signIns.as("admin"))).andExpect(status().isForbidden());
        mvc.perform(get("/practitioners/" + ics.linkWorker() + "/pulse").with(signIns.as("linkworker")))
                .andExpect(status().isOk()).andExpect(content().string(containsString("How manageable is your workload?")));
        mvc.perform(answers("linkworker", "2", "4", "3", "5", "3", "Welfare calls took half my week"))
                .andExpect(redirectedUrl("/practitioners/" + ics.linkWorker() + "/pulse"));
        assertThat(events.stream(PulseAnswered.class).filter(e -> e.practitionerId().equals(ics.linkWorker().value())))
                .singleElement().satisfies(e -> {
                    assertThat(e.workload()).isEqualTo(2);
                    assertThat(e.wellbeing()).isEqualTo(3);
                    assertThat(e.employerId()).isEqualTo(ics.employer().value());
                });
        mvc.perform(answers("linkworker", "5", "5", "5", "5", "5", ""))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("You have already answered this pulse. The next one opens on")));

        mvc.perform(get("/practitioners/" + ics.linkWorker() + "/pulse").with(signIns.as("manager")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Welfare calls took half my week"),
                        not(containsString("How manageable is your workload?")))));
        mvc.perform(get("/practitioners/" + ics.linkWorker()).with(signIns.as("manager")))
                .andExpect(content().string(containsString("wellbeing 3 out of 5, workload 2 out of 5")));
        // every reading of their answers is in the audit log, with who read them
        assertThat(jdbc.sql("""
                SELECT count(*) FROM governance.audit_event
                WHERE record_type = 'pulse' AND action = 'VIEW' AND record_id = ? AND actor = 'manager'""")
                .param(ics.linkWorker().toString()).query(Long.class).single()).isGreaterThanOrEqualTo(2);
        // the manager cannot answer for them
        mvc.perform(post("/practitioners/" + ics.linkWorker() + "/pulse").with(csrf()).with(signIns.as("manager"))
                .param("workload", "5")).andExpect(status().isForbidden());
    }

    @Test
    void answersOutOfRangeOrMissingAreRefusedWithWhatWasTickedKept() throws Exception {
        PractitionerId practitioner = newLinkWorker("pulsevalidation");
        mvc.perform(answers("pulsevalidation", practitioner, "6", "", "3", "x", "4", "Long day"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("There is a problem"),
                        containsString("Choose a number from 1 to 5"), containsString("Long day</textarea>"))));
        mvc.perform(answers("pulsevalidation", practitioner, "6", "", "3", "2", "4", "Long day"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("Answer for how manageable your workload is must be from 1 to 5"),
                        containsString("Choose a number from 1 to 5 for how supported you feel"),
                        containsString("value=\"3\" name=\"clarity\" checked=\"checked\""))));
        assertThat(events.stream(PulseAnswered.class)
                .filter(e -> e.practitionerId().equals(practitioner.value()))).isEmpty();
    }

    @Test
    void nobodyOutsideTheLineManagementChainSeesAnIndividualsAnswersWhateverTheirRole() throws Exception {
        mvc.perform(answers("otherlinkworker", "4", "4", "4", "4", "2", "Private worry about my caseload"));
        String page = "/practitioners/" + ics.colleague() + "/pulse";
        Map<String, Integer> expected = Map.of(
                "otherlinkworker", 200, "manager", 200,
                "linkworker", 404, "othermanager", 404, "admin", 404,
                "referrer", 403, "provider", 403, "icslead", 403, "researcher", 403);
        for (var entry : expected.entrySet()) {
            mvc.perform(get(page).with(signIns.as(entry.getKey())))
                    .andExpect(status().is(entry.getValue()));
        }
        for (String role : new String[] {"linkworker", "admin", "othermanager"}) {
            mvc.perform(get("/practitioners/" + ics.colleague()).with(signIns.as(role)))
                    .andExpect(content().string(allOf(not(containsString("Private worry")),
                            not(containsString("Wellbeing pulse")))));
        }
    }

    @Test
    void theManagerSetsHowOftenTheirOrganisationIsAsked() throws Exception {
        mvc.perform(post("/organisations/" + ics.otherEmployer() + "/pulse").with(csrf())
                        .with(signIns.as(TestIcs.OTHER_MANAGER_USERNAME)).param("everyWeeks", "2"))
                .andExpect(redirectedUrl("/organisations/" + ics.otherEmployer()));
        mvc.perform(get("/organisations/" + ics.otherEmployer()).with(signIns.as(TestIcs.OTHER_MANAGER_USERNAME)))
                .andExpect(content().string(containsString("Asked every 2 weeks")));
        mvc.perform(post("/organisations/" + ics.otherEmployer() + "/pulse").with(csrf())
                        .with(signIns.as(TestIcs.OTHER_MANAGER_USERNAME)).param("everyWeeks", "fortnightly"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("Enter how often to ask as a whole number of weeks, like 4"),
                        containsString("value=\"fortnightly\""))));
        mvc.perform(post("/organisations/" + ics.otherEmployer() + "/pulse").with(csrf()).with(signIns.as("manager"))
                .param("everyWeeks", "8")).andExpect(status().isForbidden());
    }
}
