package org.pathway.engagement.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pathway.DemoIntegrationTest;
import org.pathway.access.ReferralSource;
import org.pathway.access.referrals.Referral;
import org.pathway.access.referrals.ReferralAggregates;
import org.pathway.people.ConsentPurpose;
import org.pathway.people.ContactMethod;
import org.pathway.people.People;
import org.pathway.people.PersonDetails;
import org.pathway.people.Sex;
import org.pathway.shared.Need;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * How to reach the person on every tab of their case, and on the plan they keep how to reach their link worker; the
 * contact form of a relational service (no session cap) and its three-box date.
 */
@DemoIntegrationTest
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
    ReferralAggregates referrals;

    CaseTestSupport support;

    @BeforeEach
    void setUp() {
        support = CaseTestSupport.from(context);
    }

    /** A case of the named service for the demo link worker, about a person with full contact details. */
    UUID openCase(String serviceName, String familyName) {
        UUID service = jdbc.sql("SELECT id FROM workforce.service WHERE name = ?").param(serviceName)
                .query(UUID.class).single();
        UUID person = people.register(new PersonDetails("Morwenna", familyName, LocalDate.of(1951, 4, 2), null,
                Sex.FEMALE, null, null, "TR1 3QN", "07700 900123", "morwenna@example.org", ContactMethod.TEXT,
                "Large print letters", "Cornish"), "test").person().value();
        Referral referral = Referral.receive(new Referral.Intake(org.pathway.access.ReferralChannel.STAFF_FORM, ReferralSource.GP, person,
                service, "referrer", "Dr Referrer", null, null, Set.of(Need.LONELINESS), "Lives alone", false, Set.of(),
                false, true, true, true, true, null), referrals.nextReference(), Instant.now().minusSeconds(3_600),
                "referrer");
        referrals.save(referral);
        referral.accept(support.linkWorkerPractitioner(), true, null, Instant.now(), "test");
        referrals.save(referral);
        return support.awaitCaseFor(referral.referralId().value());
    }

    UUID personOf(UUID caseId) {
        return jdbc.sql("SELECT person_id FROM engagement.case_episode WHERE id = ?").param(caseId)
                .query(UUID.class).single();
    }

    String page(String path) throws Exception {
        return mvc.perform(get(path).with(support.as("linkworker"))).andReturn().getResponse().getContentAsString();
    }

    @Test
    void everyTabOfTheCaseSaysHowToReachThePersonAndWarnsWhenTheyMayNotBeContacted() throws Exception {
        UUID caseId = openCase("Kernow Social Prescribing", "Trevithick");
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
        UUID caseId = openCase("Kernow Social Prescribing", "Hocking");
        jdbc.sql("UPDATE engagement.case_change SET changed_by = 'linkworker' WHERE case_id = ?").param(caseId).update();
        String html = page("/cases/" + caseId);
        String history = html.substring(html.indexOf(">History<"));
        assertThat(history).contains("Demo Link worker, Link worker, ").doesNotContain(">linkworker<");
    }

    @Test
    void thePrintedPlanSaysHowToContactTheLinkWorker() throws Exception {
        UUID caseId = openCase("Kernow Social Prescribing", "Penrose");
        UUID practitioner = support.linkWorkerPractitioner();
        jdbc.sql("UPDATE workforce.practitioner SET work_phone = '01632 960123', work_email = 'link@kernow.example.org'"
                + " WHERE id = ?").param(practitioner).update();
        jdbc.sql("UPDATE workforce.organisation SET address = '4 Lemon Street, Truro', phone = '01632 960001'"
                + " WHERE id = (SELECT organisation_id FROM engagement.case_episode WHERE id = ?)").param(caseId).update();
        String organisation = jdbc.sql("SELECT o.name || ', 4 Lemon Street, Truro' FROM workforce.organisation o"
                + " JOIN engagement.case_episode c ON c.organisation_id = o.id WHERE c.id = ?").param(caseId)
                .query(String.class).single();
        String plan = page("/cases/" + caseId + "/plan/print");
        assertThat(plan).contains("Phone 01632 960123", "Email link@kernow.example.org", "Write to " + organisation,
                "on 01632 960001");

        // nothing held: no empty "contact ... at ..." line, but a way that always works
        jdbc.sql("UPDATE workforce.practitioner SET work_phone = NULL, work_email = NULL WHERE id = ?")
                .param(practitioner).update();
        jdbc.sql("UPDATE workforce.organisation SET address = NULL, phone = NULL"
                + " WHERE id = (SELECT organisation_id FROM engagement.case_episode WHERE id = ?)").param(caseId).update();
        plan = page("/cases/" + caseId + "/plan/print");
        assertThat(plan).doesNotContain("Phone 0", "Write to").contains("ask your GP practice to put you in touch with");
    }

    @Test
    void aRelationalServicesContactFormDoesNotAskAboutACapAndATransactionalOneDoesOnlyAtItsCap() throws Exception {
        UUID relational = openCase("Kernow Social Prescribing", "Relational");
        assertThat(page("/cases/" + relational + "/contacts")).doesNotContain("beyond the cap", "overCapReason")
                .contains("Next review");

        UUID transactional = openCase("Connect 55+", "Transactional");
        assertThat(page("/cases/" + transactional + "/contacts")).doesNotContain("beyond the cap");
        jdbc.sql("UPDATE engagement.case_episode SET session_cap = 1 WHERE id = ?").param(transactional).update();
        mvc.perform(contact(transactional, LocalDate.now()));
        assertThat(page("/cases/" + transactional + "/contacts")).contains("Why another session beyond the cap?");
    }

    @Test
    void theContactsDateIsTypedInThreeBoxesAndKeptWithALinkedErrorWhenWrong() throws Exception {
        UUID caseId = openCase("Kernow Social Prescribing", "Dates");
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
