package org.pathway.access.triage;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pathway.PathwayIntegrationTest;
import org.pathway.access.ReferralChannel;
import org.pathway.access.ReferralSource;
import org.pathway.access.referrals.Referral;
import org.pathway.access.referrals.ReferralAggregates;
import org.pathway.engagement.cases.CaseTestSupport;
import org.pathway.people.ConsentPurpose;
import org.pathway.people.ContactMethod;
import org.pathway.people.People;
import org.pathway.people.PersonDetails;
import org.pathway.shared.Need;
import org.pathway.support.SignIns;
import org.pathway.support.TestIcs;
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

    @Autowired
    org.springframework.context.ApplicationContext context;

    @Autowired
    org.springframework.transaction.support.TransactionTemplate tx;

    @Autowired
    TestIcs ics;

    static final java.time.format.DateTimeFormatter DAY =
            java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy", java.util.Locale.UK);

    SignIns signIns;
    UUID connect55;
    UUID practice;

    @BeforeEach
    void setUp() {
        signIns = new SignIns(users);
        connect55 = ics.olderService().value();
        practice = ics.harbourPractice().value();
    }

    /**
     * A referral to Test Connect 55+ (from Harbour Practice) for a person recorded with these details, as the staff
     * form records them.
     */
    Referral referral(PersonDetails details, boolean consentToContact) {
        UUID person = people.register(details, "test").person().value();
        people.recordConsent(new org.pathway.people.PersonId(person), ConsentPurpose.CONTACT, consentToContact, "test");
        return aggregates.save(Referral.receive(new Referral.Intake(ReferralChannel.STAFF_FORM, ReferralSource.GP,
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
        String practiceName = TestIcs.HARBOUR_PRACTICE;
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

    // ---- a person already known ---------------------------------------------------------------------------------

    @Test
    void aReferralOfSomeoneWhoseCaseClosedMinutesAgoSaysSoAndWithWhom() throws Exception {
        CaseTestSupport cases = CaseTestSupport.from(context);
        PersonDetails kerensa = person("Kerensa", "Polglase", "07700 900789", null, ContactMethod.PHONE, null, null);
        Referral first = referral(kerensa, true);
        tx.executeWithoutResult(s -> {
            Referral r = aggregates.find(first.referralId()).orElseThrow();
            r.accept(cases.linkWorkerPractitioner(), true, null, Instant.now(), "linkworker");
            aggregates.save(r);
        });
        UUID caseId = cases.awaitCaseFor(first.referralId().value());
        mvc.perform(post("/cases/" + caseId + "/close").with(csrf()).with(signIns.as("linkworker"))
                .param("reason", "CONNECTED_TO_COMMUNITY")).andExpect(status().is3xxRedirection());

        // The same names, date of birth and postcode: the self-referral links to the person already on record.
        Referral again = referral(kerensa, true);
        assertThat(again.personId()).isEqualTo(first.personId());
        String today = DAY.format(LocalDate.now(java.time.ZoneId.of("Europe/London")));
        mvc.perform(get("/triage/referrals/" + again.referralId()).with(signIns.as("linkworker")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("This person is known"),
                        containsString("Case at " + TestIcs.OLDER_SERVICE + " closed on " + today
                                + " by Test Link worker, Link worker, " + TestIcs.EMPLOYER
                                + ": Connected to community support"),
                        containsString("href=\"/cases/" + caseId + "\""),
                        containsString("href=\"/triage/referrals/" + first.referralId() + "\""),
                        containsString("the names, date of birth and postcode all match"))));
    }

    @Test
    void aPractitionerOfAnotherOrganisationLearnsThatACaseExistsAndWhereButNoMore() throws Exception {
        CaseTestSupport cases = CaseTestSupport.from(context);
        PersonDetails jory = person("Jory", "Trevail", "07700 900321", null, ContactMethod.PHONE, null, null);
        Referral first = referral(jory, true);
        tx.executeWithoutResult(s -> {
            Referral r = aggregates.find(first.referralId()).orElseThrow();
            r.accept(cases.linkWorkerPractitioner(), true, null, Instant.now(), "linkworker");
            aggregates.save(r);
        });
        UUID caseId = cases.awaitCaseFor(first.referralId().value());
        UUID otherConnect = ics.otherService().value();
        UUID person = people.register(jory, "test").person().value();
        Referral elsewhere = aggregates.save(Referral.receive(new Referral.Intake(ReferralChannel.SELF_REFERRAL,
                ReferralSource.SELF, person, otherConnect, null, "Self-referral", null, null, Set.of(Need.LONELINESS), null,
                false, Set.of(), false, null, true, true, false, null), aggregates.nextReference(), Instant.now(),
                "anonymous"));
        String today = DAY.format(LocalDate.now(java.time.ZoneId.of("Europe/London")));
        mvc.perform(get("/triage/referrals/" + elsewhere.referralId()).with(signIns.as(CaseTestSupport.OTHER_MANAGER)))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("This person is known"),
                        containsString("Open case at " + TestIcs.OLDER_SERVICE + " since " + today),
                        not(containsString("Test Link worker")), not(containsString(TestIcs.LINK_WORKER)),
                        not(containsString("/cases/" + caseId)),
                        not(containsString("href=\"/triage/referrals/" + first.referralId() + "\"")),
                        containsString(first.reference()))));
    }

    @Test
    void aPractitionerLinksAReferralToAPersonRecordedUnderAMisspeltName() throws Exception {
        Referral known = referral(person("Loveday", "Jenkin", "07700 900111", null, ContactMethod.PHONE, null, null),
                true);
        Referral typo = referral(person("Lovday", "Jenkin", "07700 900111", null, ContactMethod.PHONE, null, null),
                true);
        assertThat(typo.personId()).isNotEqualTo(known.personId());
        mvc.perform(get("/triage/referrals/" + typo.referralId()).with(signIns.as("linkworker")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(not(containsString("This person is known")),
                        containsString("People on record who may be the same person"),
                        containsString("Loveday Jenkin"), containsString("names spelt differently"),
                        containsString("Waiting for triage at " + TestIcs.OLDER_SERVICE), containsString("This is the same person"))));

        mvc.perform(post("/triage/referrals/" + typo.referralId() + "/link-person").with(csrf())
                        .with(signIns.as("linkworker")).param("knownPerson", known.personId().toString()))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("SELECT person_id FROM access.referral WHERE id = ?").param(typo.referralId().value())
                .query(UUID.class).single()).isEqualTo(known.personId());
        mvc.perform(get("/triage/referrals/" + typo.referralId()).with(signIns.as("linkworker")))
                .andExpect(content().string(allOf(containsString("This person is known"),
                        containsString("Loveday Jenkin"), containsString(known.reference()))));
        // Someone not listed as a possible match cannot be linked.
        mvc.perform(post("/triage/referrals/" + typo.referralId() + "/link-person").with(csrf())
                        .with(signIns.as("linkworker")).param("knownPerson", UUID.randomUUID().toString()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Choose one of the people listed as possibly the same person")));
    }

    // ---- searching a queue ------------------------------------------------------------------------------------

    @Test
    void aQueueIsSearchedByNameOrReferenceAndTheSearchIsKeptAcrossTheLists() throws Exception {
        Referral first = referral(person("Wenna", "Zennorcott", null, null, null, null, null), true);
        Referral second = referral(person("Tamsin", "Zennorcott", null, null, null, null, null), true);
        Referral other = referral(person("Hedra", "Carbis", null, null, null, null, null), true);
        String page = mvc.perform(get("/triage/services/" + connect55).param("q", "zennorcott")
                        .with(signIns.as("linkworker")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains(first.reference(), second.reference(), "2 referrals match “zennorcott”",
                "value=\"zennorcott\"", "list=waiting&amp;q=zennorcott").doesNotContain(other.reference());
        // Given name then family name, as people say it; and by reference, in any case.
        mvc.perform(get("/triage/services/" + connect55).param("q", "Tamsin Zennor").with(signIns.as("linkworker")))
                .andExpect(content().string(allOf(containsString(second.reference()),
                        not(containsString(first.reference())), containsString("1 referral matches"))));
        mvc.perform(get("/triage/services/" + connect55).param("q", other.reference().toLowerCase())
                        .with(signIns.as("linkworker")))
                .andExpect(content().string(allOf(containsString(other.reference()),
                        not(containsString(first.reference())))));
        // The waiting list keeps the search, and says when nothing matches.
        mvc.perform(get("/triage/services/" + connect55).param("list", "waiting").param("q", "zennorcott")
                        .with(signIns.as("linkworker")))
                .andExpect(content().string(allOf(containsString("No referrals match “zennorcott”"),
                        containsString("value=\"zennorcott\""), not(containsString(first.reference())))));
    }
}
