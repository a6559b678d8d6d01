package org.pathway.engagement.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pathway.PathwayIntegrationTest;
import org.pathway.people.ConsentPurpose;
import org.pathway.people.ContactMethod;
import org.pathway.people.People;
import org.pathway.people.PersonDetails;
import org.pathway.people.Sex;
import org.pathway.support.TestIcs;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * How to reach the person on every tab of their case, and on the plan they keep how to reach their link worker; the
 * contact form of a relational service (no session cap) and its three-box date.
 */
@PathwayIntegrationTest
class CaseContactDetailsIntegrationTests {

    static final List<String> TABS = List.of("", "/contacts", "/notes", "/tasks", "/plan", "/measures",
            "/connections", "/close");

    @Autowired
    ApplicationContext context;

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    People people;

    @Autowired
    TestIcs ics;

    CaseTestSupport support;

    @BeforeEach
    void setUp() {
        support = CaseTestSupport.from(context);
    }

    /** A case of the service for the practitioner, about a person with full contact details. */
    UUID openCase(UUID service, UUID practitioner, String familyName) {
        return support.openCase(service, practitioner, new PersonDetails("Morwenna", familyName,
                LocalDate.of(1951, 4, 2), null, Sex.FEMALE, null, null, "TR1 3QN", "07700 900123",
                "morwenna@example.org", ContactMethod.TEXT, "Large print letters", "Cornish"));
    }

    /** A case of the service for the link worker, about a person with full contact details. */
    UUID openCase(UUID service, String familyName) {
        return openCase(service, ics.linkWorker().value(), familyName);
    }

    UUID personOf(UUID caseId) {
        return support.personOf(caseId).value();
    }

    String page(String path) throws Exception {
        return page(path, "linkworker");
    }

    String page(String path, String username) throws Exception {
        return mvc.perform(get(path).with(support.as(username))).andReturn().getResponse().getContentAsString();
    }

    @Test
    void everyTabOfTheCaseSaysHowToReachThePersonAndWarnsWhenTheyMayNotBeContacted() throws Exception {
        UUID caseId = openCase(ics.service().value(), "Trevithick");
        people.recordConsent(new org.pathway.people.PersonId(personOf(caseId)), ConsentPurpose.CONTACT, true, "test");
        for (String tab : TABS) {
            String html = page("/cases/" + caseId + tab);
            String header = html.substring(html.indexOf("id=\"case-contact\""), html.indexOf("pathway-case-nav"));
            assertThat(header).as("the header of " + tab).contains("href=\"tel:07700900123\"", "07700 900123",
                    "morwenna@example.org", "Text message", "Large print letters. Interpreter: Cornish", "TR1 3QN",
                    "Yes, agreed");
            assertThat(html).doesNotContain("Do not contact");
        }

        people.recordConsent(new org.pathway.people.PersonId(personOf(caseId)), ConsentPurpose.CONTACT, false, "test");
        for (String tab : TABS) {
            assertThat(page("/cases/" + caseId + tab)).as(tab)
                    .contains("id=\"case-do-not-contact\"", "Morwenna Trevithick has not agreed to be contacted",
                            "No: do not contact");
        }
    }

    @Test
    void theCasesHistoryNamesWhoActedWithTheirRoleNotTheirUsername() throws Exception {
        UUID caseId = openCase(ics.service().value(), "Hocking");
        jdbc.sql("UPDATE engagement.case_change SET changed_by = 'linkworker' WHERE case_id = ?").param(caseId).update();
        String html = page("/cases/" + caseId);
        String history = html.substring(html.indexOf(">History<"));
        assertThat(history).contains("Test Link worker, Link worker, ").doesNotContain(">linkworker<");
    }

    @Test
    void thePrintedPlanSaysHowToContactTheLinkWorker() throws Exception {
        // The test ICS's link worker has a work phone and email, and Test Community Connect an address and phone.
        UUID caseId = openCase(ics.service().value(), "Penrose");
        String plan = page("/cases/" + caseId + "/plan/print");
        assertThat(plan).contains("Phone 01872 555 0111", "Email test.linkworker@nhs.net",
                "Write to " + TestIcs.EMPLOYER + ", 1 Harbour Road, Truro, TR1 3GH", "on 01872 555 0100");

        // nothing held: no empty "contact ... at ..." line, but a way that always works. Other Wellbeing Trust has
        // only a postcode and its link worker neither phone nor email; its manager prints the plan.
        UUID unreachable = openCase(ics.otherService().value(), ics.otherLinkWorker().value(), "Pendarves");
        plan = page("/cases/" + unreachable + "/plan/print", CaseTestSupport.OTHER_MANAGER);
        assertThat(plan).contains("My support plan").doesNotContain("Phone 0", "Write to")
                .contains("ask your GP practice to put you in touch with " + TestIcs.OTHER_LINK_WORKER);
    }

    @Test
    void aRelationalServicesContactFormDoesNotAskAboutACapAndATransactionalOneDoesOnlyAtItsCap() throws Exception {
        UUID relational = openCase(ics.service().value(), "Relational");
        assertThat(page("/cases/" + relational + "/contacts")).doesNotContain("beyond the cap", "overCapReason")
                .contains("Next review");

        // The link worker's other service, given a session cap on this case as a transactional service's would be.
        UUID transactional = openCase(ics.olderService().value(), "Transactional");
        assertThat(page("/cases/" + transactional + "/contacts")).doesNotContain("beyond the cap");
        jdbc.sql("UPDATE engagement.case_episode SET session_cap = 1 WHERE id = ?").param(transactional).update();
        mvc.perform(contact(transactional, LocalDate.now()));
        assertThat(page("/cases/" + transactional + "/contacts")).contains("Why another session beyond the cap?");
    }

    @Test
    void theContactsDateIsTypedInThreeBoxesAndKeptWithALinkedErrorWhenWrong() throws Exception {
        UUID caseId = openCase(ics.service().value(), "Dates");
        String form = page("/cases/" + caseId + "/contacts");
        LocalDate today = LocalDate.now();
        assertThat(form).contains("name=\"occurredDay\" value=\"" + today.getDayOfMonth() + "\"",
                "name=\"occurredMonth\" value=\"" + today.getMonthValue() + "\"",
                "name=\"occurredYear\" value=\"" + today.getYear() + "\"", "name=\"nextDay\"")
                .doesNotContain("type=\"date\"");

        String html = mvc.perform(post("/cases/" + caseId + "/contacts").param("occurredDay", "31")
                        .param("occurredMonth", "2").param("occurredYear", "2026").param("mode", "PHONE")
                        .param("durationMinutes", "25").param("kindOfWork", "CORE").param("depth", "LIGHT")
                        .param("nextDay", "3").param("nextMonth", "").param("nextYear", "2099")
                        .with(csrf()).with(support.as("linkworker")))
                .andReturn().getResponse().getContentAsString();
        assertThat(html).contains("There is a problem",
                "<a href=\"#occurredDay\">Date of the contact must be a real date</a>",
                "<a href=\"#nextDay\">Next contact date must include a month</a>",
                "id=\"occurredDay\" name=\"occurredDay\" value=\"31\"", "name=\"occurredMonth\" value=\"2\"",
                "name=\"occurredYear\" value=\"2026\"", "name=\"nextDay\" value=\"3\"", "name=\"nextYear\" value=\"2099\"",
                "value=\"25\"");
        assertThat(jdbc.sql("SELECT contacts_count FROM engagement.case_episode WHERE id = ?").param(caseId)
                .query(Integer.class).single()).isZero();
    }

    MockHttpServletRequestBuilder contact(UUID caseId, LocalDate on) {
        return post("/cases/" + caseId + "/contacts").param("occurredDay", String.valueOf(on.getDayOfMonth()))
                .param("occurredMonth", String.valueOf(on.getMonthValue())).param("occurredYear", String.valueOf(on.getYear()))
                .param("mode", "PHONE").param("durationMinutes", "30").param("kindOfWork", "CORE").param("depth", "LIGHT")
                .with(csrf()).with(support.as("linkworker"));
    }
}
