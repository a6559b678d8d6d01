package org.pathway.workforce.timeuse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.StringReader;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.pathway.PathwayIntegrationTest;
import org.pathway.access.ContactOutcome;
import org.pathway.access.outreach.Outreach;
import org.pathway.governance.Accounts;
import org.pathway.governance.Role;
import org.pathway.platform.UkTime;
import org.pathway.support.SignIns;
import org.pathway.support.TestIcs;
import org.pathway.workforce.PractitionerCommand;
import org.pathway.workforce.PractitionerId;
import org.pathway.workforce.TimeUse;
import org.pathway.workforce.WorkforceEvents.TimeUseRecorded;
import org.pathway.workforce.loading.WorkforceLoader;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Time use: a practitioner records a week in a few fields; the welfare calls they recorded on outreach lists count as
 * other work without being typed; they and their managers see the weeks, nobody else; the team page shows the share.
 */
@PathwayIntegrationTest
@RecordApplicationEvents
class TimeUseIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestIcs ics;

    @Autowired
    SignIns signIns;

    @Autowired
    Accounts accounts;

    @Autowired
    WorkforceLoader workforce;

    @Autowired
    Outreach outreach;

    @Autowired
    ApplicationEvents events;

    @Autowired
    Clock clock;

    LocalDate thisWeek() {
        return TimeUse.weekOf(UkTime.today(clock));
    }

    /** A link worker of Test Community Connect with a sign-in of their own, so each test records its own weeks. */
    PractitionerId newLinkWorker(String username) {
        UUID account = accounts.ensureAccount(new Accounts.NewAccount(username, "Timeuse " + username, null,
                TestIcs.PASSWORD, Role.LINK_WORKER, ics.employer().value()));
        PractitionerId id = new PractitionerId(UUID.randomUUID());
        workforce.load(new WorkforceLoader.Batch(List.of(), List.of(), List.of(new WorkforceLoader.NewPractitioner(id,
                new PractitionerCommand("Timeuse " + username, "Link Worker", ics.employer(), Set.of(ics.service()),
                        BigDecimal.ONE), account))));
        return id;
    }

    MockHttpServletRequestBuilder week(String who, PractitionerId practitioner, LocalDate week, String core,
            String welfare, String admin, String emergency, String training) {
        return post("/practitioners/" + practitioner + "/time-use").with(csrf()).with(signIns.as(who))
                .param("week", week.toString()).param("core", core).param("welfareCalls", welfare)
                .param("practiceAdmin", admin).param("emergencyResponse", emergency).param("training", training);
    }

    /** Two answered calls and two unanswered, made by this user on an outreach list of their own: 36 minutes. */
    void makeWelfareCalls(String username, String family) {
        var user = signIns.user(username);
        String csv = "nhs_number,given_name,family_name,date_of_birth,postcode,phone,reason\n"
                + ",Tamsin," + family + ",1940-02-02,TR1 1AA,,Shielding\n"
                + ",Jory," + family + ",1941-03-03,TR1 1AA,,Lives alone\n";
        TestIcs.as(user, () -> outreach.importList("Time use list " + family, "list.csv", new StringReader(csv), false,
                user));
        UUID list = TestIcs.as(user, () -> outreach.lists(user, PageRequest.of(0, 100)).stream()
                .filter(l -> l.name().equals("Time use list " + family)).findFirst().orElseThrow().id());
        List<UUID> checks = TestIcs.as(user, () -> outreach.checks(list, false, user, PageRequest.of(0, 10))
                .map(c -> c.id()).toList());
        assertThat(checks).hasSize(2);
        for (UUID check : checks) {
            TestIcs.as(user, () -> {
                outreach.recordContact(check, ContactOutcome.NO_ANSWER, null, user);
                outreach.recordContact(check, ContactOutcome.SPOKE_NO_NEEDS, null, user);
                return null;
            });
        }
    }

    @Test
    void aWeekSplitsTheHoursAndCountsTheWelfareCallsRecordedInPathway() throws Exception {
        PractitionerId me = newLinkWorker("tuwelfare");
        makeWelfareCalls("tuwelfare", "Trevaskis");
        mvc.perform(get("/time-use").with(signIns.as("tuwelfare")))
                .andExpect(redirectedUrl("/practitioners/" + me + "/time-use"));
        mvc.perform(get("/practitioners/" + me + "/time-use").with(signIns.as("tuwelfare")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Core social prescribing"),
                        containsString("(this week): 4 welfare calls in Pathway"), containsString("No weeks recorded yet"))));

        mvc.perform(week("tuwelfare", me, thisWeek(), "30", "3", "2", "", "1"))
                .andExpect(redirectedUrl("/practitioners/" + me + "/time-use"));
        // 6 hours of other work typed and 0.6 recorded (2 calls answered at 15 minutes, 2 not at 3): 6.6 of 36.6 = 18%
        mvc.perform(get("/practitioners/" + me + "/time-use").with(signIns.as("tuwelfare")))
                .andExpect(content().string(allOf(containsString("0.6 (4 calls)"), containsString("18% of 36.6"))));
        assertThat(events.stream(TimeUseRecorded.class).filter(e -> e.practitionerId().equals(me.value())))
                .singleElement().satisfies(e -> {
                    assertThat(e.weekStarting()).isEqualTo(thisWeek());
                    assertThat(e.coreHours()).isEqualByComparingTo("30");
                    assertThat(e.welfareCallHours()).isEqualByComparingTo("3");
                    assertThat(e.emergencyResponseHours()).isEqualByComparingTo("0");
                    assertThat(e.employerId()).isEqualTo(ics.employer().value());
                });
    }

    @Test
    void mistakesAreExplainedWithWhatWasTypedKept() throws Exception {
        PractitionerId me = newLinkWorker("tumistakes");
        mvc.perform(week("tumistakes", me, thisWeek(), "abc", "-1", "7.25", "0", "0"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Enter hours as a number, like 7.5"),
                        containsString("value=\"abc\""), containsString("value=\"-1\""), containsString("value=\"7.25\""))));
        mvc.perform(week("tumistakes", me, thisWeek(), "-1", "0", "7.25", "0", "0"))
                .andExpect(content().string(allOf(containsString("Hours must be from 0 to 80"),
                        containsString("Hours must be to one decimal place at most, like 7.5"))));
        mvc.perform(week("tumistakes", me, thisWeek(), "70", "20", "", "", ""))
                .andExpect(content().string(containsString("The hours add up to 90: a week can hold 80 at most")));
        mvc.perform(week("tumistakes", me, thisWeek(), "0", "", "", "", ""))
                .andExpect(content().string(containsString("Enter the hours you worked that week")));
        mvc.perform(week("tumistakes", me, thisWeek().plusWeeks(1), "30", "", "", "", ""))
                .andExpect(content().string(containsString("The week must be this week or one before it")));
        mvc.perform(week("tumistakes", me, thisWeek().minusWeeks(TimeUse.WEEKS_OPEN), "30", "", "", "", ""))
                .andExpect(content().string(containsString("can no longer be recorded or changed")));
        mvc.perform(week("tumistakes", me, thisWeek().plusDays(2), "30", "", "", "", ""))
                .andExpect(content().string(containsString("Choose a week from the list")));

        mvc.perform(week("tumistakes", me, thisWeek().minusWeeks(1), "30", "7.5", "", "", ""))
                .andExpect(status().is3xxRedirection());
        // the same week again is a duplicate unless it is a change of it
        mvc.perform(week("tumistakes", me, thisWeek().minusWeeks(1), "31.5", "4", "", "", ""))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("You have already recorded the week of"),
                        containsString("(37.5 hours). To change it, choose Change beside that week"),
                        containsString("value=\"31.5\""))));
        mvc.perform(week("tumistakes", me, thisWeek().minusWeeks(1), "31.5", "4", "", "", "").param("replacing", "true"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/practitioners/" + me + "/time-use").with(signIns.as("tumistakes")))
                .andExpect(content().string(allOf(containsString("11% of 35.5"), not(containsString("37.5")))));
        // changing a week starts from its hours
        mvc.perform(get("/practitioners/" + me + "/time-use").param("week", thisWeek().minusWeeks(1).toString())
                        .with(signIns.as("tumistakes")))
                .andExpect(content().string(allOf(containsString("value=\"31.5\""), containsString("Save changes to the week"))));
    }

    @Test
    void onlyThePractitionerAndTheirManagersSeeTheWeeks() throws Exception {
        PractitionerId me = newLinkWorker("tuprivate");
        mvc.perform(week("tuprivate", me, thisWeek().minusWeeks(1), "20", "10", "", "", ""))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/practitioners/" + me + "/time-use").with(signIns.as("manager")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("33% of 30.0"), not(containsString("Record a week")))));
        mvc.perform(get("/practitioners/" + me).with(signIns.as("manager")))
                .andExpect(content().string(containsString("33% of 30.0 hours on other work")));
        // nobody but them records their weeks, not even their manager
        mvc.perform(week("manager", me, thisWeek(), "30", "", "", "", "")).andExpect(status().isForbidden());
        for (String other : new String[] {"otherlinkworker", "othermanager"}) {
            mvc.perform(get("/practitioners/" + me + "/time-use").with(signIns.as(other)))
                    .andExpect(status().isNotFound());
        }
        for (String other : new String[] {"referrer", "provider", "researcher", "icslead"}) {
            mvc.perform(get("/practitioners/" + me + "/time-use").with(signIns.as(other)))
                    .andExpect(status().isForbidden());
        }
        // a manager or an administrator has no time use of their own
        mvc.perform(get("/time-use").with(signIns.as("manager"))).andExpect(status().isForbidden());

        // the team page: 10 hours of other work in 30 over the last full weeks, flagged above a quarter
        mvc.perform(get("/team").param("sort", "time_use").with(signIns.as("manager")))
                .andExpect(content().string(matchesPattern("(?s).*Timeuse tuprivate.*33% of 30.0 hours \\(1 week\\)</a>"
                        + "\\s*<strong class=\"nhsuk-tag nhsuk-tag--orange\">High</strong>.*")));
    }

    @Test
    void theHomePageRemindsAPractitionerWhoHasNotRecordedLastWeek() throws Exception {
        PractitionerId me = newLinkWorker("tureminder");
        mvc.perform(get("/caseload").with(signIns.as("tureminder")))
                .andExpect(content().string(allOf(containsString("Your time use for last week is not recorded yet"),
                        containsString("/practitioners/" + me + "/time-use"),
                        containsString("Your record: training, supervision"))));
        mvc.perform(week("tureminder", me, thisWeek().minusWeeks(1), "37.5", "", "", "", ""))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/caseload").with(signIns.as("tureminder")))
                .andExpect(content().string(not(containsString("Your time use for last week is not recorded yet"))));
    }
}
