package org.pathway.engagement.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.forwardedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pathway.PathwayIntegrationTest;
import org.pathway.engagement.CaseEvents.ContactRecorded;
import org.pathway.engagement.ContactMode;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The link worker's day: the caseload, contacts and attempts, notes and safeguarding, tasks; the manager's view. */
@PathwayIntegrationTest
@RecordApplicationEvents
class EngagementWorkIntegrationTests {

    @Autowired
    ApplicationContext context;

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationEvents events;

    CaseTestSupport support;

    @BeforeEach
    void setUp() {
        support = CaseTestSupport.from(context);
    }

    MockHttpServletRequestBuilder contact(UUID caseId, String date, String mode, String minutes, String kind,
            String depth) {
        return dated(post("/cases/" + caseId + "/contacts"), "occurred", LocalDate.parse(date)).param("mode", mode)
                .param("durationMinutes", minutes).param("kindOfWork", kind).param("depth", depth)
                .param("note", "Talked about the lunch club").with(csrf()).with(support.as("linkworker"));
    }

    /** Types a date into the three boxes (day, month, year) whose names start with the prefix. */
    static MockHttpServletRequestBuilder dated(MockHttpServletRequestBuilder request, String prefix, LocalDate date) {
        return request.param(prefix + "Day", String.valueOf(date.getDayOfMonth()))
                .param(prefix + "Month", String.valueOf(date.getMonthValue()))
                .param(prefix + "Year", String.valueOf(date.getYear()));
    }

    int column(UUID caseId, String column) {
        return jdbc.sql("SELECT " + column + " FROM engagement.case_episode WHERE id = ?").param(caseId)
                .query(Integer.class).single();
    }

    @Test
    void theLinkWorkersHomePageIsTheirCaseload() throws Exception {
        UUID caseId = support.openCase("Homepage");
        mvc.perform(get("/").with(support.as("linkworker"))).andExpect(forwardedUrl("/caseload"));
        mvc.perform(get("/caseload").with(support.as("linkworker")).param("sort", "opened")).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("My caseload"), containsString("Test Homepage"),
                        containsString("href=\"/cases/" + caseId + "\""), containsString("First contact"))));
        mvc.perform(get("/caseload").with(support.as(CaseTestSupport.OTHER_LINK_WORKER))).andExpect(status().isOk())
                .andExpect(content().string(not(containsString("Test Homepage"))));
        mvc.perform(get("/caseload").with(support.as("referrer"))).andExpect(status().isForbidden());
        // the manager's team caseload lists it, with each practitioner's open cases against their cap
        mvc.perform(get("/caseload").param("sort", "opened").with(support.as("manager"))).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Team caseload"), containsString("Test Homepage"),
                        containsString("Caseloads against the cap"))));
        mvc.perform(get("/caseload").with(support.as(CaseTestSupport.OTHER_MANAGER))).andExpect(status().isOk())
                .andExpect(content().string(not(containsString("Test Homepage"))));
        assertThat(support.viewsAudited(caseId)).isPositive();
    }

    @Test
    void recordingAContactUpdatesTheCaseloadAndPublishesTheEvent() throws Exception {
        UUID caseId = support.openCase("Contact");
        String today = LocalDate.now().toString();
        mvc.perform(dated(contact(caseId, today, "PHONE", "35", "CORE", "HOLISTIC"), "next",
                        LocalDate.now().plusDays(14)))
                .andExpect(redirectedUrl("/cases/" + caseId + "/contacts"))
                .andExpect(flash().attribute("flash", "Contact recorded"));
        assertThat(column(caseId, "contacts_count")).isEqualTo(1);
        assertThat(jdbc.sql("SELECT next_due_title || ' ' || next_due_on FROM engagement.case_episode WHERE id = ?")
                .param(caseId).query(String.class).single()).isEqualTo("Next contact " + LocalDate.now().plusDays(14));
        assertThat(events.stream(ContactRecorded.class).filter(e -> e.caseId().equals(caseId)))
                .singleElement().satisfies(e -> {
                    assertThat(e.mode()).isEqualTo(ContactMode.PHONE);
                    assertThat(e.durationMinutes()).isEqualTo(35);
                });
        mvc.perform(get("/cases/" + caseId + "/contacts").with(support.as("linkworker")))
                .andExpect(content().string(allOf(containsString("Talked about the lunch club"), containsString("Phone"))));

        mvc.perform(dated(post("/cases/" + caseId + "/contacts"), "occurred", LocalDate.now()).param("attempt", "true")
                        .param("mode", "PHONE").param("note", "No answer").with(csrf()).with(support.as("linkworker")))
                .andExpect(flash().attribute("flash", "Attempt to make contact recorded"));
        assertThat(column(caseId, "failed_attempts_count")).isEqualTo(1);
        assertThat(column(caseId, "contacts_count")).isEqualTo(1);
    }

    @Test
    void formsSentWithoutFollowingTheirRedirectDoNotPileUpMessagesInTheSession() throws Exception {
        // A message waits for its page; sending a form for the same page again takes the earlier one, so only
        // forms for many different pages (here 25 cases) can pile messages up.
        List<UUID> cases = new java.util.ArrayList<>();
        for (int i = 0; i < 25; i++) {
            cases.add(support.openCase("Flashes" + (char) ('A' + i))); // letters: matching ignores digits
        }
        jakarta.servlet.http.Cookie cookie = null;
        for (UUID caseId : cases) {
            var request = dated(post("/cases/" + caseId + "/contacts"), "occurred", LocalDate.now()).param("attempt", "true")
                    .param("mode", "PHONE")
                    .with(csrf()).with(support.as("linkworker"));
            var result = mvc.perform(cookie == null ? request : request.cookie(cookie))
                    .andExpect(flash().attribute("flash", "Attempt to make contact recorded")).andReturn();
            // The session cookie (named SESSION under MockMvc, which has no servlet container's cookie settings).
            cookie = cookie != null ? cookie : result.getResponse().getCookie("SESSION");
        }
        String sessionId = new String(java.util.Base64.getDecoder().decode(cookie.getValue()),
                java.nio.charset.StandardCharsets.UTF_8);
        org.springframework.session.Session session = context.getBean(
                org.springframework.session.SessionRepository.class).findById(sessionId);
        java.util.List<?> waiting = session.getAttribute(
                org.springframework.web.servlet.support.SessionFlashMapManager.class.getName() + ".FLASH_MAPS");
        assertThat(waiting).hasSize(20);
        UUID last = cases.get(cases.size() - 1);
        mvc.perform(get("/cases/" + last + "/contacts").cookie(cookie).with(support.as("linkworker")))
                .andExpect(content().string(containsString("Attempt to make contact recorded")));
        assertThat(column(last, "failed_attempts_count")).isEqualTo(1);
    }

    @Test
    void aContactFormWithErrorsComesBackWithMessagesAndWhatWasTyped() throws Exception {
        UUID caseId = support.openCase("Errors");
        String tomorrow = LocalDate.now().plusDays(1).toString();
        mvc.perform(contact(caseId, tomorrow, "VIDEO", "45", "CORE", "LIGHT")).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("There is a problem"),
                        containsString("The date of the contact must be today or in the past"),
                        containsString("name=\"occurredDay\" value=\"" + LocalDate.now().plusDays(1).getDayOfMonth() + "\""),
                        containsString("Talked about the lunch club"),
                        containsString("value=\"45\""))));
        mvc.perform(dated(post("/cases/" + caseId + "/contacts"), "occurred", LocalDate.now())
                        .param("durationMinutes", "ten").with(csrf()).with(support.as("linkworker")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Choose how the contact happened"),
                        containsString("Enter the duration as a whole number of minutes"), containsString("value=\"ten\""))));
        mvc.perform(contact(caseId, LocalDate.now().toString(), "PHONE", "20", "", "LIGHT"))
                .andExpect(content().string(containsString("Choose the kind of work")));
        assertThat(column(caseId, "contacts_count")).isZero();
    }

    @Test
    void aTransactionalServiceWarnsAtTheLastSessionAndAsksForAReasonBeyondTheCap() throws Exception {
        UUID caseId = support.openCase("Capped");
        jdbc.sql("UPDATE engagement.case_episode SET session_cap = 2 WHERE id = ?").param(caseId).update();
        String today = LocalDate.now().toString();
        mvc.perform(contact(caseId, today, "FACE_TO_FACE_PRACTICE", "50", "CORE", "HOLISTIC"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/cases/" + caseId + "/contacts").with(support.as("linkworker")))
                .andExpect(content().string(allOf(containsString("1 of 2 sessions used"),
                        containsString("The next contact is the last session this service offers"))));
        mvc.perform(contact(caseId, today, "PHONE", "30", "CORE", "LIGHT")).andExpect(status().is3xxRedirection());
        mvc.perform(contact(caseId, today, "PHONE", "30", "CORE", "LIGHT")).andExpect(status().isOk())
                .andExpect(content().string(containsString("give the reason for another one")));
        assertThat(column(caseId, "contacts_count")).isEqualTo(2);
        mvc.perform(contact(caseId, today, "PHONE", "30", "CORE", "LIGHT").param("overCapReason", "Bereavement"))
                .andExpect(status().is3xxRedirection());
        assertThat(column(caseId, "contacts_count")).isEqualTo(3);
    }

    @Test
    void aSafeguardingConcernAlertsTheManagerAndStaysOnTheCaseUntilResolved() throws Exception {
        UUID caseId = support.openCase("Safeguarding");
        mvc.perform(post("/cases/" + caseId + "/notes").param("body", "").with(csrf()).with(support.as("linkworker")))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Enter the note")));
        mvc.perform(post("/cases/" + caseId + "/notes").param("body", "Bruising on both arms, says she fell")
                        .param("safeguarding", "true").with(csrf()).with(support.as("linkworker")))
                .andExpect(redirectedUrl("/cases/" + caseId + "/notes"));
        mvc.perform(get("/cases/" + caseId).with(support.as("linkworker")))
                .andExpect(content().string(allOf(containsString("Safeguarding concerns"),
                        containsString("Bruising on both arms"))));
        mvc.perform(get("/caseload").param("flag", "safeguarding").with(support.as("linkworker")))
                .andExpect(content().string(containsString("Test Safeguarding")));
        mvc.perform(get("/caseload").with(support.as("manager")))
                .andExpect(content().string(allOf(containsString("Open safeguarding concerns"),
                        containsString("Bruising on both arms"))));
        mvc.perform(get("/caseload").with(support.as(CaseTestSupport.OTHER_MANAGER)))
                .andExpect(content().string(not(containsString("Bruising on both arms"))));

        UUID note = jdbc.sql("SELECT id FROM engagement.case_note WHERE case_id = ?").param(caseId).query(UUID.class)
                .single();
        mvc.perform(post("/cases/" + caseId + "/notes/" + note + "/resolve").param("resolution", "")
                        .with(csrf()).with(support.as("manager")))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Say how the concern was resolved")));
        mvc.perform(post("/cases/" + caseId + "/notes/" + note + "/resolve")
                        .param("resolution", "Referred to the adult safeguarding team").with(csrf()).with(support.as("manager")))
                .andExpect(redirectedUrl("/cases/" + caseId + "/notes"));
        assertThat(column(caseId, "open_safeguarding")).isZero();
        mvc.perform(get("/cases/" + caseId).with(support.as("linkworker")))
                .andExpect(content().string(not(containsString("Safeguarding concerns"))));
    }

    @Test
    void tasksAreDueOnTheCaseloadAndCanBeCompleted() throws Exception {
        UUID caseId = support.openCase("Tasks");
        // The first contact is overdue; the review the relational service schedules is not.
        jdbc.sql("UPDATE engagement.case_task SET due_on = current_date - 3 WHERE case_id = ? AND title = 'First contact'")
                .param(caseId).update();
        jdbc.sql("UPDATE engagement.case_episode SET next_due_on = current_date - 3 WHERE id = ?").param(caseId).update();
        mvc.perform(get("/caseload").param("overdue", "true").with(support.as("linkworker")))
                .andExpect(content().string(containsString("Test Tasks")));
        mvc.perform(dated(post("/cases/" + caseId + "/tasks"), "due", LocalDate.now().plusDays(3)).param("kind", "OTHER")
                        .param("title", "").with(csrf()).with(support.as("linkworker")))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Describe the task")));
        mvc.perform(post("/cases/" + caseId + "/tasks").param("kind", "OTHER").param("title", "Ring the lunch club")
                        .param("dueDay", "30").param("dueMonth", "2").param("dueYear", "2099")
                        .with(csrf()).with(support.as("linkworker")))
                .andExpect(status().isOk()).andExpect(content().string(allOf(
                        containsString("<a href=\"#dueDay\">Due date must be a real date</a>"),
                        containsString("id=\"dueDay\" name=\"dueDay\" value=\"30\""),
                        containsString("value=\"Ring the lunch club\""))));
        mvc.perform(dated(post("/cases/" + caseId + "/tasks"), "due", LocalDate.now().plusDays(3)).param("kind", "OTHER")
                        .param("title", "Ring the lunch club").with(csrf()).with(support.as("linkworker")))
                .andExpect(redirectedUrl("/cases/" + caseId + "/tasks"));
        UUID overdue = jdbc.sql("SELECT id FROM engagement.case_task WHERE case_id = ? AND title = 'First contact'")
                .param(caseId).query(UUID.class).single();
        mvc.perform(post("/cases/" + caseId + "/tasks/" + overdue + "/complete").with(csrf()).with(support.as("linkworker")))
                .andExpect(redirectedUrl("/cases/" + caseId + "/tasks"));
        // Completing it again (a second click, a stale tab) is a problem, not a success.
        mvc.perform(post("/cases/" + caseId + "/tasks/" + overdue + "/complete").with(csrf()).with(support.as("linkworker")))
                .andExpect(redirectedUrl("/cases/" + caseId + "/tasks"))
                .andExpect(flash().attribute("flashError", "This task has already been completed"))
                .andExpect(flash().attributeCount(1));
        mvc.perform(get("/caseload").param("overdue", "true").with(support.as("linkworker")))
                .andExpect(content().string(not(containsString("Test Tasks"))));
        assertThat(jdbc.sql("SELECT next_due_title FROM engagement.case_episode WHERE id = ?").param(caseId)
                .query(String.class).single()).isIn("Ring the lunch club", "Review the support");
    }

    @Test
    void aManagerReallocatesWithAReasonAndGivesTheCaseToAnotherLinkWorker() throws Exception {
        UUID caseId = support.openCase("Realloc");
        UUID colleague = support.colleagueOfLinkWorker();
        mvc.perform(get("/cases/" + caseId + "/allocation").with(support.as("linkworker")))
                .andExpect(status().isForbidden());
        mvc.perform(post("/cases/" + caseId + "/grants").param("grantee", colleague.toString()).param("grantReason", "Leave")
                .with(csrf()).with(support.as("linkworker"))).andExpect(status().isForbidden());
        mvc.perform(post("/cases/" + caseId + "/reallocate").param("practitioner", colleague.toString())
                        .param("reason", "").with(csrf()).with(support.as("manager")))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Give the reason for reallocating")));
        mvc.perform(post("/cases/" + caseId + "/grants").param("grantee", colleague.toString())
                        .param("grantReason", "Cover during annual leave").with(csrf()).with(support.as("manager")))
                .andExpect(redirectedUrl("/cases/" + caseId + "/allocation"));
        mvc.perform(post("/cases/" + caseId + "/reallocate").param("practitioner", colleague.toString())
                        .param("reason", "Balancing caseloads").with(csrf()).with(support.as("manager")))
                .andExpect(redirectedUrl("/cases/" + caseId));
        assertThat(jdbc.sql("SELECT practitioner_id FROM engagement.case_episode WHERE id = ?").param(caseId)
                .query(UUID.class).single()).isEqualTo(colleague);
        // the link worker no longer holds the case
        mvc.perform(get("/cases/" + caseId).with(support.as("linkworker"))).andExpect(status().isNotFound());
        mvc.perform(get("/cases/" + caseId).with(support.as("manager")))
                .andExpect(content().string(allOf(containsString("Reallocated"), containsString("Balancing caseloads"),
                        containsString("Given to another link worker"))));
    }
}
