package org.pathway.workforce.reminders;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.pathway.PathwayIntegrationTest;
import org.pathway.platform.UkDates;
import org.pathway.platform.UkTime;
import org.pathway.support.SignIns;
import org.pathway.support.TestIcs;
import org.pathway.workforce.Training;
import org.springframework.beans.factory.annotation.Autowired;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.pathway.governance.Accounts;
import org.pathway.governance.Role;
import org.pathway.workforce.AccessModel;
import org.pathway.workforce.EngagementModel;
import org.pathway.workforce.PractitionerCommand;
import org.pathway.workforce.PractitionerId;
import org.pathway.workforce.ServiceCatalogue;
import org.pathway.workforce.ServiceCommand;
import org.pathway.workforce.ServiceId;
import org.pathway.workforce.loading.WorkforceLoader;
import org.springframework.test.web.servlet.MockMvc;

/** The link worker's home page reminds them of their own training, supervision and pulse, and no one else's. */
@PathwayIntegrationTest
class RemindersIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestIcs ics;

    @Autowired
    SignIns signIns;

    @Autowired
    Training training;

    @Autowired
    ServiceCatalogue services;

    @Autowired
    Accounts accounts;

    @Autowired
    WorkforceLoader workforce;

    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    @Test
    void theHomePageListsWhatIsMissingExpiringOverdueAndDue() throws Exception {
        LocalDate today = UkTime.today(Clock.systemUTC());
        var safeguarding = training.courses().stream().filter(c -> c.name().equals("Safeguarding adults level 2"))
                .findFirst().orElseThrow().id();
        var dementia = training.courses().stream().filter(c -> c.name().equals("Dementia awareness"))
                .findFirst().orElseThrow().id();
        // A service of its own and a link worker who signs in, so no other test's practitioners see its requirements.
        ServiceId service = TestIcs.as(ics.user("manager"), () -> services.create(new ServiceCommand(
                "Reminders Connect", ics.employer(), AccessModel.OPEN, null, null, null, null, null, false,
                Set.of(ics.northPcn()), EngagementModel.RELATIONAL, null, 12, 30, "For the reminders test"),
                ics.user("manager")));
        UUID account = accounts.ensureAccount(new Accounts.NewAccount("reminded", "Rhian Reminded", null,
                TestIcs.PASSWORD, Role.LINK_WORKER, ics.employer().value()));
        PractitionerId reminded = new PractitionerId(UUID.randomUUID());
        workforce.load(new WorkforceLoader.Batch(List.of(), List.of(), List.of(new WorkforceLoader.NewPractitioner(
                reminded, new PractitionerCommand("Rhian Reminded", "Link Worker", ics.employer(), Set.of(service),
                        BigDecimal.ONE), account))));
        mvc.perform(post("/services/" + service + "/training").with(csrf()).with(signIns.as("manager"))
                .param("course", safeguarding.toString(), dementia.toString()).param("renewal-" + safeguarding, "12")
                .param("renewal-" + dementia, ""));
        mvc.perform(post("/services/" + service + "/supervision").with(csrf()).with(signIns.as("manager"))
                .param("weeks-CLINICAL", "4"));
        LocalDate done = today.minusMonths(12).plusDays(20);
        mvc.perform(post("/practitioners/" + reminded + "/training").with(csrf()).with(signIns.as("reminded"))
                .param("courseId", safeguarding.toString()).param("completedDay", "" + done.getDayOfMonth())
                .param("completedMonth", "" + done.getMonthValue()).param("completedYear", "" + done.getYear()));

        mvc.perform(get("/caseload").with(signIns.as("reminded"))).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("To see to"),
                        containsString("Dementia awareness: not done yet"),
                        containsString("Safeguarding adults level 2: expires on " + UkDates.longDay(done.plusMonths(12))),
                        containsString("Clinical supervision: none logged yet"),
                        containsString("Your wellbeing pulse is due: five quick questions"),
                        containsString("href=\"/practitioners/" + reminded + "/pulse\""))));
        // the reminder reads no answers: no audit entry of their pulse being viewed
        org.assertj.core.api.Assertions.assertThat(jdbc.sql("""
                SELECT count(*) FROM governance.audit_event WHERE record_type = 'pulse' AND record_id = ?""")
                .param(reminded.toString()).query(Long.class).single()).isZero();
        // another link worker does not deliver the service: none of its reminders are theirs
        mvc.perform(get("/caseload").with(signIns.as("linkworker"))).andExpect(status().isOk())
                .andExpect(content().string(allOf(not(containsString("Dementia awareness")),
                        not(containsString("Rhian")))));
        // a manager who is no practitioner has no reminders of their own
        mvc.perform(get("/caseload").with(signIns.as("manager"))).andExpect(status().isOk())
                .andExpect(content().string(not(containsString("To see to"))));
    }
}
