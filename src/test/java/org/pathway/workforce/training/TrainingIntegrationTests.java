package org.pathway.workforce.training;

import static org.assertj.core.api.Assertions.assertThat;
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

import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pathway.PathwayIntegrationTest;
import org.pathway.platform.UkTime;
import org.pathway.support.SignIns;
import org.pathway.support.TestIcs;
import org.pathway.workforce.Training;
import org.pathway.workforce.Training.State;
import org.pathway.workforce.WorkforceEvents.TrainingRecorded;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Training as the manager sets it for a service and the link worker and manager see it: the mandatory set, what is
 * missing, expired or expiring, and who may see whose.
 */
@PathwayIntegrationTest
@RecordApplicationEvents
class TrainingIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestIcs ics;

    @Autowired
    SignIns signIns;

    @Autowired
    Training training;

    @Autowired
    ApplicationEvents events;

    UUID safeguarding;
    UUID governance;
    UUID induction;
    LocalDate today;

    @BeforeEach
    void setUp() {
        safeguarding = course("Safeguarding adults level 2");
        governance = course("Information governance");
        induction = course("Social prescribing link worker induction");
        today = UkTime.today(java.time.Clock.systemUTC());
    }

    UUID course(String name) {
        return training.courses().stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow().id();
    }

    MockHttpServletRequestBuilder recordCourse(UUID practitioner, UUID course, LocalDate completed, LocalDate expires) {
        MockHttpServletRequestBuilder request = post("/practitioners/" + practitioner + "/training").with(csrf())
                .param("courseId", course == null ? "" : course.toString());
        request = dated(request, "completed", completed);
        return dated(request, "expires", expires);
    }

    static MockHttpServletRequestBuilder dated(MockHttpServletRequestBuilder request, String prefix, LocalDate date) {
        return request.param(prefix + "Day", date == null ? "" : String.valueOf(date.getDayOfMonth()))
                .param(prefix + "Month", date == null ? "" : String.valueOf(date.getMonthValue()))
                .param(prefix + "Year", date == null ? "" : String.valueOf(date.getYear()));
    }

    void setMandatoryForTestConnect() throws Exception {
        mvc.perform(post("/services/" + ics.service() + "/training").with(csrf()).with(signIns.as("manager"))
                        .param("course", safeguarding.toString(), governance.toString(), induction.toString())
                        .param("renewal-" + safeguarding, "36").param("renewal-" + governance, "12")
                        .param("renewal-" + induction, ""))
                .andExpect(redirectedUrl("/services/" + ics.service()))
                .andExpect(flash().attribute("flash", "Mandatory training for Test Connect has been saved"));
    }

    @Test
    void theManagerSetsAServicesMandatoryTrainingAndTheServicePageListsIt() throws Exception {
        setMandatoryForTestConnect();
        mvc.perform(get("/services/" + ics.service()).with(signIns.as("referrer"))).andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("Safeguarding adults level 2, renewed every 36 months"),
                        containsString("Information governance, renewed every 12 months"),
                        containsString("Social prescribing link worker induction, once"),
                        not(containsString("Change mandatory training")))));
        mvc.perform(get("/services/" + ics.service() + "/training").with(signIns.as("manager")))
                .andExpect(status().isOk()).andExpect(content().string(containsString("value=\"36\"")));
        // another organisation's manager may not change it; a link worker has no such permission
        mvc.perform(get("/services/" + ics.service() + "/training").with(signIns.as(TestIcs.OTHER_MANAGER_USERNAME)))
                .andExpect(status().isForbidden());
        mvc.perform(post("/services/" + ics.service() + "/training").with(csrf()).with(signIns.as("linkworker"))
                .param("course", safeguarding.toString())).andExpect(status().isForbidden());
    }

    @Test
    void aRenewalPeriodThatIsNotAWholeNumberIsShownBackWithWhatWasTyped() throws Exception {
        mvc.perform(post("/services/" + ics.olderService() + "/training").with(csrf()).with(signIns.as("manager"))
                        .param("course", safeguarding.toString()).param("renewal-" + safeguarding, "three years"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("There is a problem"),
                        containsString("Enter the renewal period for Safeguarding adults level 2 as a whole number "
                                + "of months, like 36"),
                        containsString("value=\"three years\""))));
        assertThat(training.mandatoryFor(ics.olderService())).isEmpty();
    }

    @Test
    void theLinkWorkerSeesWhatIsMissingExpiredAndExpiringAgainstTheirServicesSet() throws Exception {
        setMandatoryForTestConnect();
        // Safeguarding done 35 months ago: renewed every 36, so it expires in about a month.
        mvc.perform(recordCourse(ics.linkWorker().value(), safeguarding, today.minusMonths(35), null)
                        .with(signIns.as("linkworker")))
                .andExpect(redirectedUrl("/practitioners/" + ics.linkWorker() + "/training"));
        // Information governance done 13 months ago: renewed every 12, so it expired a month ago.
        mvc.perform(recordCourse(ics.linkWorker().value(), governance, today.minusMonths(13), null)
                .with(signIns.as("manager"))).andExpect(status().is3xxRedirection());

        var status = TestIcs.as(ics.user("linkworker"),
                () -> training.status(ics.linkWorker(), today, ics.user("linkworker"))).orElseThrow();
        assertThat(status.requirements()).extracting(r -> r.course().name(), r -> r.state()).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Information governance", State.EXPIRED),
                org.assertj.core.groups.Tuple.tuple("Safeguarding adults level 2", State.EXPIRING),
                org.assertj.core.groups.Tuple.tuple("Social prescribing link worker induction", State.MISSING));
        assertThat(status.gaps()).hasSize(2);
        assertThat(status.expiring()).singleElement()
                .satisfies(r -> assertThat(r.expiresOn()).isEqualTo(today.minusMonths(35).plusMonths(36)));
        assertThat(events.stream(TrainingRecorded.class)
                .filter(e -> e.practitionerId().equals(ics.linkWorker().value()))).hasSize(2);

        mvc.perform(get("/practitioners/" + ics.linkWorker() + "/training").with(signIns.as("linkworker")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("2 mandatory courses are not done or have expired."),
                        containsString("1 course expires in the next 60 days."),
                        containsString("Not done"), containsString("Expired"), containsString("Expires soon"))));
        mvc.perform(get("/practitioners/" + ics.linkWorker()).with(signIns.as("manager"))).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("2 mandatory courses not done or expired"),
                        containsString("1 course expires in the next 60 days"))));
    }

    @Test
    void onlyThePractitionerAndTheirManagersSeeTheirTraining() throws Exception {
        String page = "/practitioners/" + ics.linkWorker() + "/training";
        mvc.perform(get(page).with(signIns.as("linkworker"))).andExpect(status().isOk());
        mvc.perform(get(page).with(signIns.as("manager"))).andExpect(status().isOk());
        mvc.perform(get(page).with(signIns.as("admin"))).andExpect(status().isOk());
        // a colleague, another organisation's manager: not theirs to see
        mvc.perform(get(page).with(signIns.as(TestIcs.OTHER_LINK_WORKER_USERNAME))).andExpect(status().isNotFound());
        mvc.perform(get(page).with(signIns.as(TestIcs.OTHER_MANAGER_USERNAME))).andExpect(status().isNotFound());
        mvc.perform(recordCourse(ics.linkWorker().value(), induction, today.minusDays(3), null).with(
                signIns.as(TestIcs.OTHER_LINK_WORKER_USERNAME))).andExpect(status().isNotFound());
        for (String role : new String[] {"referrer", "provider", "icslead", "researcher"}) {
            mvc.perform(get(page).with(signIns.as(role))).andExpect(status().isForbidden());
        }
        mvc.perform(get("/practitioners/" + ics.linkWorker()).with(signIns.as(TestIcs.OTHER_LINK_WORKER_USERNAME)))
                .andExpect(status().isOk()).andExpect(content().string(not(containsString("View training"))));
    }

    @Test
    void impossibleDatesAndDuplicatesAreRefusedWithWhatWasTypedKept() throws Exception {
        String practitioner = ics.colleague().toString();
        mvc.perform(recordCourse(ics.colleague().value(), null, null, null).with(signIns.as("manager")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Select the course that was completed"),
                        containsString("Enter the date the course was completed"))));
        mvc.perform(recordCourse(ics.colleague().value(), induction, today.plusDays(2), null)
                        .with(signIns.as("manager")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Date completed must be today or in the past"),
                        containsString("value=\"" + today.plusDays(2).getYear() + "\""))));
        mvc.perform(recordCourse(ics.colleague().value(), induction, today.minusDays(10), today.minusDays(20))
                        .with(signIns.as("manager")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Expiry date must be after the date completed")));
        mvc.perform(post("/practitioners/" + practitioner + "/training").with(csrf()).with(signIns.as("manager"))
                        .param("courseId", induction.toString()).param("completedDay", "31")
                        .param("completedMonth", "2").param("completedYear", "2026"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Date completed must be a real date")));
        mvc.perform(recordCourse(ics.colleague().value(), induction, today.minusDays(10), null)
                .with(signIns.as("manager"))).andExpect(status().is3xxRedirection());
        mvc.perform(recordCourse(ics.colleague().value(), induction, today.minusDays(10), null)
                        .with(signIns.as("otherlinkworker")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("is already recorded")));
    }
}
