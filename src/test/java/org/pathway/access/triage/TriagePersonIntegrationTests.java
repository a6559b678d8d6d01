package org.pathway.access.triage;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pathway.PathwayIntegrationTest;
import org.pathway.access.ReferralSource;
import org.pathway.access.referrals.Referral;
import org.pathway.access.referrals.ReferralAggregates;
import org.pathway.people.ConsentPurpose;
import org.pathway.people.ContactMethod;
import org.pathway.people.People;
import org.pathway.people.PersonDetails;
import org.pathway.shared.Need;
import org.pathway.workforce.SignIns;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/** The person on the triage page: how to reach them, and what else is known of them. */
@PathwayIntegrationTest
class TriagePersonIntegrationTests {

    static final LocalDate AGED_70 = LocalDate.now().minusYears(70).minusDays(3);

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserDetailsService users;

    @Autowired
    ReferralAggregates aggregates;

    @Autowired
    People people;

    SignIns signIns;
    UUID connect55;
    UUID practice;

    @BeforeEach
    void setUp() {
        signIns = new SignIns(users, jdbc);
        connect55 = signIns.service("Connect 55+");
        practice = jdbc.sql("""
                SELECT p.id FROM workforce.organisation p
                JOIN workforce.organisation pcn ON pcn.id = p.parent_id
                JOIN workforce.service_area a ON a.organisation_id IN (p.id, pcn.id, pcn.parent_id)
                WHERE a.service_id = ? AND p.kind = 'GP_PRACTICE' ORDER BY p.name LIMIT 1""")
                .param(connect55).query(UUID.class).single();
    }

    /** A referral to Connect 55+ for a person recorded with these details, as the staff form records them. */
    Referral referral(PersonDetails details, boolean consentToContact) {
        UUID person = people.register(details, "test").person().value();
        people.recordConsent(new org.pathway.people.PersonId(person), ConsentPurpose.CONTACT, consentToContact, "test");
        return aggregates.save(Referral.receive(new Referral.Intake(Referral.Channel.STAFF_FORM, ReferralSource.GP,
                person, connect55, "referrer", "Dr Referrer", null, practice, Set.of(Need.LONELINESS), "Lives alone",
                false, Set.of(), false, true, true, consentToContact, true, null), aggregates.nextReference(),
                Instant.now(), "referrer"));
    }

    static PersonDetails person(String given, String family, String phone, String email, ContactMethod preferred,
            String needs, String interpreter) {
        return new PersonDetails(given, family, AGED_70, null, null, null, null, "TR1 3QN", phone, email, preferred,
                needs, interpreter);
    }

    // ---- how to reach the person -------------------------------------------------------------------------------

    @Test
    void theTriagePageShowsHowToReachThePersonAndTheirCommunicationNeeds() throws Exception {
        Referral referral = referral(person("Morwenna", "Trethewey", "07700 900123", "morwenna@example.com",
                ContactMethod.TEXT, "Large print", "Cornish"), true);
        String practiceName = jdbc.sql("SELECT name FROM workforce.organisation WHERE id = ?").param(practice)
                .query(String.class).single();
        mvc.perform(get("/triage/referrals/" + referral.referralId()).with(signIns.as("linkworker")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("How to reach them"),
                        containsString("07700 900123"), containsString("morwenna@example.com"),
                        containsString("Text message"), containsString("Interpreter needed: Cornish. Large print"),
                        containsString("TR1 3QN"), containsString("Yes, they agreed to be contacted"),
                        containsString(practiceName), not(containsString("Do not contact")))));
    }

    @Test
    void aPersonWhoHasNotAgreedToBeContactedIsFlagged() throws Exception {
        Referral referral = referral(person("Demelza", "Rowe", "07700 900456", null, ContactMethod.PHONE, null, null),
                false);
        mvc.perform(get("/triage/referrals/" + referral.referralId()).with(signIns.as("linkworker")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Do not contact"),
                        containsString("No, they have not agreed to be contacted"), containsString("07700 900456"),
                        containsString("Phone call"), containsString("None recorded"))));
    }
}
