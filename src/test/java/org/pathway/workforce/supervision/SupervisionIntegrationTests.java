package org.pathway.workforce.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.pathway.PathwayIntegrationTest;
import org.pathway.platform.UkTime;
import org.pathway.support.SignIns;
import org.pathway.support.TestIcs;
import org.pathway.workforce.PractitionerId;
import org.pathway.workforce.Supervision;
import org.pathway.workforce.SupervisionKind;
import org.pathway.workforce.WorkforceEvents.SupervisionLogged;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Supervision as a service requires it and practitioners log it: what is overdue, and who may see it. */
@PathwayIntegrationTest
@RecordApplicationEvents
class SupervisionIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestIcs ics;

    @Autowired
    SignIns signIns;

    @Autowired
    Supervision supervision;

    @Autowired
    ApplicationEvents events;

    final LocalDate today = UkTime.today(Clock.systemUTC());

    MockHttpServletRequestBuilder logSession(PractitionerId practitioner, String kind, LocalDate on, String supervisor,
            String minutes) {
        return post("/practitioners/" + practitioner + "/supervision").with(csrf()).param("kind", kind)
                .param("heldDay", on == null ? "" : String.valueOf(on.getDayOfMonth()))
                .param("heldMonth", on == null ? "" : String.valueOf(on.getMonthValue()))
                .param("heldYear", on == null ? "" : String.valueOf(on.getYear()))
                .param("supervisor", supervisor).param("minutes", minutes);
    }

    void requireForTestConnect() throws Exception {
        mvc.perform(post("/services/" + ics.service() + "/supervision").with(csrf()).with(signIns.as("manager"))
                        .param("weeks-CLINICAL", "4").param("weeks-MANAGERIAL", "6").param("weeks-PEER", ""))
                .andExpect(redirectedUrl("/services/" + ics.service()))
                .andExpect(flash().attribute("flash", "Supervision required for Test Connect has been saved"));
    }

    @Test
    void theServiceStatesHowOftenAndItsPageSaysSo() throws Exception {
        requireForTestConnect();
        assertThat(supervision.requirementsFor(ics.service())).extracting(r -> r.kind(), r -> r.everyWeeks())
                .containsExactly(tuple(SupervisionKind.CLINICAL, 4), tuple(SupervisionKind.MANAGERIAL, 6));
        mvc.perform(get("/services/" + ics.service()).with(signIns.as("linkworker"))).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Clinical supervision every 4 weeks"),
                        containsString("Managerial supervision every 6 weeks"))));
        mvc.perform(post("/services/" + ics.service() + "/supervision").with(csrf())
                .with(signIns.as(TestIcs.OTHER_MANAGER_USERNAME)).param("weeks-CLINICAL", "2"))
                .andExpect(status().isForbidden());
    }

    @Test
    void frequenciesOutOfRangeOrNotNumbersAreShownBackWithWhatWasTyped() throws Exception {
        mvc.perform(post("/services/" + ics.olderService() + "/supervision").with(csrf()).with(signIns.as("manager"))
                        .param("weeks-CLINICAL", "monthly").param("weeks-PEER", "8"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("There is a problem"),
                        containsString("Enter how often clinical supervision is required as a whole number of weeks, "
                                + "like 4"),
                        containsString("value=\"monthly\""), containsString("value=\"8\""))));
        mvc.perform(post("/services/" + ics.olderService() + "/supervision").with(csrf()).with(signIns.as("manager"))
                        .param("weeks-PEER", "60"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Peer supervision must be required every 1 to 52 weeks")));
        assertThat(supervision.requirementsFor(ics.olderService())).isEmpty();
    }

    @Test
    void aKindIsOverdueWhenItsLastSessionIsOlderThanTheStrictestServiceRequires() throws Exception {
        requireForTestConnect();
        // Clinical 3 weeks ago (due in a week); managerial 7 weeks ago (6 required: overdue).
        mvc.perform(logSession(ics.linkWorker(), "CLINICAL", today.minusWeeks(3), "Dr Jo Smith, psychologist", "60")
                        .with(signIns.as("linkworker")))
                .andExpect(redirectedUrl("/practitioners/" + ics.linkWorker() + "/supervision"));
        mvc.perform(logSession(ics.linkWorker(), "MANAGERIAL", today.minusWeeks(7), "Test Service manager", "45")
                .with(signIns.as("manager"))).andExpect(status().is3xxRedirection());

        var status = TestIcs.as(ics.user("manager"),
                () -> supervision.status(ics.linkWorker(), today, ics.user("manager"))).orElseThrow();
        assertThat(status.kinds()).extracting(k -> k.kind(), k -> k.dueOn(), k -> k.overdue()).containsExactly(
                tuple(SupervisionKind.CLINICAL, today.plusWeeks(1), false),
                tuple(SupervisionKind.MANAGERIAL, today.minusWeeks(1), true));
        assertThat(events.stream(SupervisionLogged.class)
                .filter(e -> e.practitionerId().equals(ics.linkWorker().value()))).hasSize(2);

        mvc.perform(get("/practitioners/" + ics.linkWorker() + "/supervision").with(signIns.as("linkworker")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Managerial supervision is overdue."),
                        containsString("Dr Jo Smith, psychologist"), containsString("60 minutes"))));
        mvc.perform(get("/practitioners/" + ics.linkWorker()).with(signIns.as("manager")))
                .andExpect(content().string(containsString("Managerial supervision overdue")));
        // The colleague has Test Connect too and has logged nothing: both kinds are overdue, due today.
        var colleague = TestIcs.as(ics.user("manager"),
                () -> supervision.status(ics.colleague(), today, ics.user("manager"))).orElseThrow();
        assertThat(colleague.overdue()).extracting(k -> k.kind())
                .containsExactly(SupervisionKind.CLINICAL, SupervisionKind.MANAGERIAL);
    }

    @Test
    void theSessionsArePagedLatestFirst() throws Exception {
        for (int week = 1; week <= 26; week++) {
            mvc.perform(logSession(ics.otherLinkWorker(), "PEER", today.minusWeeks(week), "Peer group " + week, "90")
                    .with(signIns.as(TestIcs.OTHER_MANAGER_USERNAME))).andExpect(status().is3xxRedirection());
        }
        mvc.perform(get("/practitioners/" + ics.otherLinkWorker() + "/supervision")
                        .with(signIns.as(TestIcs.OTHER_MANAGER_USERNAME)))
                .andExpect(content().string(allOf(containsString("Peer group 1<"), containsString("Peer group 25<"),
                        not(containsString("Peer group 26<")), containsString("Showing 1 to 25 of 26"))));
        mvc.perform(get("/practitioners/" + ics.otherLinkWorker() + "/supervision").param("page", "2")
                        .with(signIns.as(TestIcs.OTHER_MANAGER_USERNAME)))
                .andExpect(content().string(allOf(containsString("Peer group 26<"), not(containsString("Peer group 25<")))));
    }

    @Test
    void onlyThePractitionerAndTheirManagersSeeTheirSupervision() throws Exception {
        String page = "/practitioners/" + ics.linkWorker() + "/supervision";
        mvc.perform(get(page).with(signIns.as("linkworker"))).andExpect(status().isOk());
        mvc.perform(get(page).with(signIns.as("manager"))).andExpect(status().isOk());
        mvc.perform(get(page).with(signIns.as(TestIcs.OTHER_LINK_WORKER_USERNAME))).andExpect(status().isNotFound());
        mvc.perform(get(page).with(signIns.as(TestIcs.OTHER_MANAGER_USERNAME))).andExpect(status().isNotFound());
        for (String role : new String[] {"referrer", "provider", "icslead", "researcher"}) {
            mvc.perform(get(page).with(signIns.as(role))).andExpect(status().isForbidden());
        }
    }

    @Test
    void badSessionsAreRefusedWithWhatWasTypedKept() throws Exception {
        mvc.perform(logSession(ics.colleague(), "", null, "", "").with(signIns.as("manager")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Select the kind of supervision"),
                        containsString("Enter the date of the session"), containsString("Enter the name of the supervisor"),
                        containsString("Enter how long the session lasted, in minutes"))));
        mvc.perform(logSession(ics.colleague(), "PEER", today.plusDays(1), "Peer group", "90")
                        .with(signIns.as("manager")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Date of the session must be today or in the past"),
                        containsString("value=\"Peer group\""), containsString("value=\"90\""))));
        mvc.perform(logSession(ics.colleague(), "PEER", today.minusDays(1), "Peer group", "an hour")
                        .with(signIns.as("manager")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Enter the length as a whole number of minutes, like 60")));
        mvc.perform(logSession(ics.colleague(), "PEER", today.minusDays(1), "Peer group", "600")
                        .with(signIns.as("manager")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Length must be between 5 and 480 minutes")));
        mvc.perform(logSession(ics.colleague(), "PEER", today.minusDays(1), "Peer group", "90")
                .with(signIns.as("manager"))).andExpect(status().is3xxRedirection());
        mvc.perform(logSession(ics.colleague(), "PEER", today.minusDays(1), "Peer group", "90")
                        .with(signIns.as(TestIcs.OTHER_LINK_WORKER_USERNAME)))
                .andExpect(status().isOk()).andExpect(content().string(containsString("is already logged")));
    }
}
