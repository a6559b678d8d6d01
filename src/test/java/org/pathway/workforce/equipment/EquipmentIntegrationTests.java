package org.pathway.workforce.equipment;

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

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.pathway.PathwayIntegrationTest;
import org.pathway.support.SignIns;
import org.pathway.support.TestIcs;
import org.pathway.workforce.Equipment;
import org.pathway.workforce.EquipmentItem;
import org.pathway.workforce.PractitionerId;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Equipment as the manager records it, and readiness to work remotely on past dates. */
@PathwayIntegrationTest
class EquipmentIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestIcs ics;

    @Autowired
    SignIns signIns;

    @Autowired
    Equipment equipment;

    MockHttpServletRequestBuilder change(PractitionerId practitioner, String item, String change, LocalDate on) {
        return post("/practitioners/" + practitioner + "/equipment").with(csrf()).param("item", item)
                .param("change", change)
                .param("onDay", on == null ? "" : String.valueOf(on.getDayOfMonth()))
                .param("onMonth", on == null ? "" : String.valueOf(on.getMonthValue()))
                .param("onYear", on == null ? "" : String.valueOf(on.getYear()));
    }

    void record(PractitionerId practitioner, String item, String change, LocalDate on) throws Exception {
        mvc.perform(change(practitioner, item, change, on).with(signIns.as("manager")))
                .andExpect(redirectedUrl("/practitioners/" + practitioner + "/equipment"));
    }

    Equipment.Readiness on(PractitionerId practitioner, LocalDate date) {
        return TestIcs.as(ics.user("manager"), () -> equipment.readiness(practitioner, date, ics.user("manager")))
                .orElseThrow();
    }

    @Test
    void readinessOnAnyDateFollowsWhatWasProvidedAndWithdrawn() throws Exception {
        PractitionerId linkWorker = ics.linkWorker();
        record(linkWorker, "LAPTOP", "PROVIDED", LocalDate.of(2019, 6, 1));
        record(linkWorker, "VIDEO_LICENCE", "PROVIDED", LocalDate.of(2020, 3, 1));
        record(linkWorker, "WORK_MOBILE", "PROVIDED", LocalDate.of(2020, 5, 10));
        record(linkWorker, "REMOTE_RECORD_ACCESS", "PROVIDED", LocalDate.of(2020, 7, 1));
        record(linkWorker, "LAPTOP", "WITHDRAWN", LocalDate.of(2021, 1, 10));

        Equipment.Readiness lockdown = on(linkWorker, LocalDate.of(2020, 4, 1));
        assertThat(lockdown.held()).containsExactlyInAnyOrder(EquipmentItem.LAPTOP, EquipmentItem.VIDEO_LICENCE);
        assertThat(lockdown.readyToWorkRemotely()).isFalse();
        assertThat(on(linkWorker, LocalDate.of(2020, 7, 1)).readyToWorkRemotely()).isTrue();
        assertThat(on(linkWorker, LocalDate.of(2020, 6, 30)).readyToWorkRemotely()).isFalse();
        // withdrawn on 10 January 2021: held on the 9th, not on the 10th
        assertThat(on(linkWorker, LocalDate.of(2021, 1, 9)).readyToWorkRemotely()).isTrue();
        assertThat(on(linkWorker, LocalDate.of(2021, 1, 10)).held()).doesNotContain(EquipmentItem.LAPTOP);

        mvc.perform(get("/practitioners/" + linkWorker + "/equipment").param("asOnDay", "1").param("asOnMonth", "4")
                        .param("asOnYear", "2020").with(signIns.as("linkworker")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("On 1 April 2020"),
                        containsString("Not ready to work remotely"),
                        containsString("Without: Work mobile phone, Remote access to the clinical record system."),
                        not(containsString("Record a change")))));
        mvc.perform(get("/practitioners/" + linkWorker).with(signIns.as("manager")))
                .andExpect(content().string(containsString("Not ready: without laptop")));
    }

    @Test
    void impossibleChangesAreRefusedWithWhatWasTypedKept() throws Exception {
        PractitionerId colleague = ics.colleague();
        mvc.perform(change(colleague, "", "", null).with(signIns.as("manager"))).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Select the equipment"),
                        containsString("Select whether it was provided or withdrawn"), containsString("Enter the date"))));
        mvc.perform(change(colleague, "LAPTOP", "WITHDRAWN", LocalDate.of(2024, 1, 1)).with(signIns.as("manager")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Sam Colleague does not have a laptop to withdraw")));
        record(colleague, "LAPTOP", "PROVIDED", LocalDate.of(2024, 1, 1));
        mvc.perform(change(colleague, "LAPTOP", "PROVIDED", LocalDate.of(2024, 3, 1)).with(signIns.as("manager")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Sam Colleague already had a laptop on 1 March 2024")));
        mvc.perform(change(colleague, "LAPTOP", "WITHDRAWN", LocalDate.of(2023, 12, 1)).with(signIns.as("manager")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("Date withdrawn must be on or after the day it was provided, 1 January 2024"),
                        containsString("value=\"2023\""))));
        mvc.perform(change(colleague, "WORK_MOBILE", "PROVIDED", LocalDate.now().plusDays(3)).with(signIns.as("manager")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Date provided must be today or in the past")));
        mvc.perform(get("/practitioners/" + colleague + "/equipment").param("asOnDay", "31").param("asOnMonth", "2")
                        .param("asOnYear", "2020").with(signIns.as("manager")))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Date must be a real date")));
    }

    @Test
    void onlyTheManagerRecordsAndOnlyThePractitionerAndTheirManagersSee() throws Exception {
        String page = "/practitioners/" + ics.linkWorker() + "/equipment";
        mvc.perform(get(page).with(signIns.as("linkworker"))).andExpect(status().isOk());
        mvc.perform(get(page).with(signIns.as("manager"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Record a change")));
        mvc.perform(get(page).with(signIns.as(TestIcs.OTHER_LINK_WORKER_USERNAME))).andExpect(status().isNotFound());
        mvc.perform(get(page).with(signIns.as(TestIcs.OTHER_MANAGER_USERNAME))).andExpect(status().isNotFound());
        mvc.perform(change(ics.linkWorker(), "LAPTOP", "PROVIDED", LocalDate.of(2024, 1, 1))
                .with(signIns.as("linkworker"))).andExpect(status().isForbidden());
        for (String role : new String[] {"referrer", "provider", "icslead", "researcher"}) {
            mvc.perform(get(page).with(signIns.as(role))).andExpect(status().isForbidden());
        }
    }
}
