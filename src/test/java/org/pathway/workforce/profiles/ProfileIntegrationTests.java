package org.pathway.workforce.profiles;

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

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.pathway.PathwayIntegrationTest;
import org.pathway.support.SignIns;
import org.pathway.support.TestIcs;
import org.pathway.workforce.PractitionerProfiles;
import org.pathway.workforce.WorkBase;
import org.pathway.workforce.WorkforceEvents.ProfileChanged;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;

/** A practitioner's profile and the practices' champions, as the link worker and their manager see and change them. */
@PathwayIntegrationTest
@RecordApplicationEvents
class ProfileIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestIcs ics;

    @Autowired
    SignIns signIns;

    @Autowired
    PractitionerProfiles profiles;

    @Autowired
    ApplicationEvents events;

    UUID specialism(String name) {
        return profiles.specialisms().stream().filter(s -> s.name().equals(name)).findFirst().orElseThrow().id();
    }

    @Test
    void theLinkWorkerSaysWhereTheyWorkAndColleaguesSeeItWithEachPracticesChampion() throws Exception {
        mvc.perform(post("/organisations/" + ics.harbourPractice() + "/champion").with(csrf())
                        .with(signIns.as("manager")).param("name", "Jo Penrose").param("role", "Practice manager")
                        .param("phone", "01872 555 0199").param("email", "jo.penrose@nhs.net"))
                .andExpect(redirectedUrl("/organisations/" + ics.harbourPractice()))
                .andExpect(flash().attribute("flash", "Jo Penrose is now the social-prescribing champion at Harbour Practice"));
        mvc.perform(get("/practitioners/" + ics.linkWorker() + "/profile").with(signIns.as("linkworker")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Harbour Practice (T10001)"),
                        containsString("Hill Practice (T10002)"), not(containsString("Quay Practice")))));
        mvc.perform(post("/practitioners/" + ics.linkWorker() + "/profile").with(csrf()).with(signIns.as("linkworker"))
                        .param("base", "GP_PRACTICE")
                        .param("practiceIds", ics.harbourPractice().toString(), ics.hillPractice().toString())
                        .param("specialismIds", specialism("Dementia").toString(), specialism("Carers").toString())
                        .param("languages", "English\r\nPolish\r\n\r\npolish"))
                .andExpect(redirectedUrl("/practitioners/" + ics.linkWorker()));

        var profile = TestIcs.as(ics.user("manager"), () -> profiles.profile(ics.linkWorker(), ics.user("manager")))
                .orElseThrow();
        assertThat(profile.base()).isEqualTo(WorkBase.GP_PRACTICE);
        assertThat(profile.languages()).containsExactly("English", "Polish");
        assertThat(profile.specialisms()).extracting(s -> s.name()).containsExactly("Carers", "Dementia");
        assertThat(profile.practices()).extracting(p -> p.practice().name(), p -> p.champion() == null ? null
                : p.champion().name()).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Harbour Practice", "Jo Penrose"),
                org.assertj.core.groups.Tuple.tuple("Hill Practice", null));
        assertThat(events.stream(ProfileChanged.class).filter(e -> e.practitionerId().equals(ics.linkWorker().value())))
                .hasSize(1);

        // a colleague sees the profile but may not change it
        mvc.perform(get("/practitioners/" + ics.linkWorker()).with(signIns.as(TestIcs.OTHER_LINK_WORKER_USERNAME)))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("A GP practice"), containsString("Carers, Dementia"),
                        containsString("English, Polish"),
                        containsString("Champion: Jo Penrose, Practice manager, 01872 555 0199, jo.penrose@nhs.net"),
                        not(containsString("Change profile")))));
        mvc.perform(get("/practitioners/" + ics.linkWorker() + "/profile")
                .with(signIns.as(TestIcs.OTHER_LINK_WORKER_USERNAME))).andExpect(status().isForbidden());
        mvc.perform(get("/organisations/" + ics.harbourPractice()).with(signIns.as("icslead")))
                .andExpect(content().string(allOf(containsString("Jo Penrose, Practice manager"),
                        not(containsString("social-prescribing champion</span></a>")))));
    }

    @Test
    void practicesOutsideTheirServicesAndBadLanguagesAreRefusedWithWhatWasTypedKept() throws Exception {
        mvc.perform(post("/practitioners/" + ics.colleague() + "/profile").with(csrf()).with(signIns.as("manager"))
                        .param("base", "OFFICE").param("practiceIds", ics.quayPractice().toString())
                        .param("languages", "Cornish\n42"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("There is a problem"),
                        containsString("Choose practices in the areas of the services they deliver"),
                        containsString("Enter each language by its name, one per line, like British Sign Language"),
                        containsString("Cornish\n42</textarea>"))));
        mvc.perform(post("/organisations/" + ics.hillPractice() + "/champion").with(csrf()).with(signIns.as("manager"))
                        .param("name", "").param("role", "Care coordinator").param("email", "not an email"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Enter the champion’s name"),
                        containsString("Enter an email address, like jo.smith@nhs.net"),
                        containsString("value=\"Care coordinator\""))));
        mvc.perform(get("/organisations/" + ics.northPcn() + "/champion").with(signIns.as("manager")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/organisations/" + ics.hillPractice() + "/champion").with(signIns.as("linkworker")))
                .andExpect(status().isForbidden());
    }
}
