package org.pathway.access.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.pathway.access.intake.IntakeTestSupport.posting;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.pathway.PathwayIntegrationTest;
import org.pathway.support.SignIns;
import org.pathway.support.TestIcs;
import org.pathway.workforce.ServiceCatalogue;
import org.pathway.workforce.ServiceId;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * The staff referral form as each role meets it, and what a sent referral leaves behind. Its own context and
 * database: it adds a boundaried service the ICS routes North PCN's referrals to first, which changes routing for
 * other tests.
 */
@PathwayIntegrationTest
@TestPropertySource(properties = "pathway.tests.context=intake-routing")
class StaffReferralIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserDetailsService users;

    @Autowired
    TestIcs ics;

    @Autowired
    ServiceCatalogue services;

    SignIns signIns;
    IntakeTestSupport forms;
    ServiceId befriending;

    @BeforeEach
    void setUp() {
        signIns = new SignIns(users);
        forms = new IntakeTestSupport(ics, jdbc);
        befriending = forms.firstBoundariedService(services);
    }

    @ParameterizedTest
    @ValueSource(strings = {"referrer", "linkworker", "manager"})
    void everyoneWhoRefersSeesTheForm(String username) throws Exception {
        mvc.perform(get("/referrals/new").with(signIns.as(username)))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Refer someone"), containsString("Date of birth"),
                        containsString("Let the ICS route it"), containsString("They agree to be referred"),
                        containsString("name=\"submissionKey\""))));
    }

    @ParameterizedTest
    @ValueSource(strings = {"provider", "icslead", "researcher", "admin"})
    void othersAreRefused(String username) throws Exception {
        mvc.perform(get("/referrals/new").with(signIns.as(username))).andExpect(status().isForbidden());
        mvc.perform(posting("/referrals/new", forms.staffForm("Ada", "Refused" + username)).with(signIns.as(username)))
                .andExpect(status().isForbidden());
        assertThat(forms.referralsFor("Refused" + username)).isZero();
    }

    @Test
    void signedOutVisitorsAreSentToSignIn() throws Exception {
        mvc.perform(get("/referrals/new")).andExpect(redirectedUrl("/sign-in"));
        mvc.perform(get("/referrals/mine")).andExpect(redirectedUrl("/sign-in"));
    }

    @Test
    void aValidReferralCreatesThePersonConsentsAndAReferenceAndTheIcsRoutesIt() throws Exception {
        MvcResult result = mvc.perform(posting("/referrals/new", forms.staffForm("Morwenna", "Trevithick"))
                        .with(signIns.as("referrer")))
                .andExpect(status().isFound())
                .andExpect(redirectedUrlPattern("/referrals/*/sent"))
                .andReturn();
        List<UUID> people = forms.peopleNamed("Trevithick");
        assertThat(people).hasSize(1);
        Map<String, Object> referral = jdbc.sql("""
                SELECT reference, channel, source, referrer_username, status, consent_to_contact, gp_practice_id::text AS practice
                FROM access.referral WHERE person_id = ?""").param(people.get(0)).query().singleRow();
        assertThat(referral).containsEntry("channel", "STAFF_FORM").containsEntry("source", "GP")
                .containsEntry("referrer_username", "referrer").containsEntry("status", "RECEIVED")
                .containsEntry("practice", forms.practice);
        assertThat((String) referral.get("reference")).matches("PW-[A-Z0-9]{8}");
        assertThat(jdbc.sql("SELECT purpose || ':' || given FROM people.consent WHERE person_id = ? ORDER BY purpose")
                .param(people.get(0)).query(String.class).list())
                .containsExactly("CONTACT:true", "REFERRAL:true", "SHARE_WITH_GP:true");

        mvc.perform(get(result.getResponse().getRedirectedUrl()).with(signIns.as("referrer")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Referral sent"),
                        containsString((String) referral.get("reference")),
                        containsString("Routed by the ICS to " + IntakeTestSupport.FIRST_BOUNDARIED_SERVICE
                                + ": the first service covering the GP practice whose criteria the person meets"))));
    }

    @Test
    void theIcsRoutesSomeoneOutsideTheFirstServicesAgeRangeElsewhere() throws Exception {
        Map<String, String> form = forms.staffForm("Jory", "Penhaligon");
        form.put("dobYear", String.valueOf(java.time.LocalDate.now().getYear() - 31));
        String sent = mvc.perform(posting("/referrals/new", form).with(signIns.as("referrer")))
                .andExpect(status().isFound()).andReturn().getResponse().getRedirectedUrl();
        mvc.perform(get(sent).with(signIns.as("referrer")))
                .andExpect(content().string(allOf(containsString("Routed by the ICS to " + TestIcs.SERVICE
                                + ": the first service covering the GP practice whose criteria the person meets"),
                        not(containsString("Routed by the ICS to " + IntakeTestSupport.FIRST_BOUNDARIED_SERVICE)))));
    }

    @Test
    void aChosenServiceIsUsedAndItsDeliveryModelIsShown() throws Exception {
        Map<String, String> form = forms.staffForm("Demelza", "Carne");
        form.put("serviceId", ics.olderService().value().toString());
        mvc.perform(posting("/referrals/new", form).param("action", "services").with(signIns.as("linkworker")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString(TestIcs.OLDER_SERVICE),
                        containsString("For people aged 55 and over who feel lonely, registered with a North PCN practice"),
                        not(containsString("There is a problem")))));
        assertThat(forms.referralsFor("Carne")).isZero();
        mvc.perform(posting("/referrals/new", form).with(signIns.as("linkworker"))).andExpect(status().isFound());
        assertThat(jdbc.sql("SELECT service_id FROM access.referral r JOIN people.person p ON p.id = r.person_id WHERE p.family_name = 'Carne'")
                .query(UUID.class).single()).isEqualTo(ics.olderService().value());
    }

    @Test
    void anInvalidNhsNumberIsRefusedAndEverythingTypedIsKept() throws Exception {
        Map<String, String> form = forms.staffForm("Loveday", "Pascoe");
        form.put("nhsNumber", "943 476 5918");
        form.put("needs", "LONELINESS,BEREAVEMENT");
        form.put("riskFlags", "ACTIVE_SUBSTANCE_DEPENDENCE");
        mvc.perform(posting("/referrals/new", form).with(signIns.as("referrer")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("There is a problem"),
                        containsString("<a href=\"#nhsNumber\">NHS number is not valid: the check digit does not match</a>"),
                        containsString("id=\"nhsNumber-error\""),
                        containsString("value=\"943 476 5918\""),
                        containsString("value=\"Loveday\""), containsString("value=\"Pascoe\""),
                        containsString("value=\"14\""), containsString("value=\"TR1 3LJ\""),
                        containsString("value=\"07700 900982\""), containsString("value=\"Large print\""),
                        containsString("Lives alone since her husband died"),
                        containsString("value=\"" + form.get("submissionKey") + "\""))))
                .andExpect(content().string(allOf(
                        containsString("value=\"BEREAVEMENT\" checked=\"checked\""),
                        containsString("value=\"ACTIVE_SUBSTANCE_DEPENDENCE\" checked=\"checked\""),
                        containsString("value=\"" + forms.practice + "\" selected=\"selected\""),
                        containsString("aria-describedby=\"consentToReferral-hint\" checked=\"checked\""))));
        assertThat(forms.referralsFor("Pascoe")).isZero();
        assertThat(forms.peopleNamed("Pascoe")).isEmpty();
    }

    @Test
    void aFutureDateOfBirthAnImpossiblePostcodeNoNeedsAndNoConsentEachGetAMessage() throws Exception {
        Map<String, String> form = forms.staffForm("Tamsin", "Rowe");
        form.put("dobYear", String.valueOf(java.time.LocalDate.now().getYear() + 1));
        form.put("postcode", "QQ1 1QQ");
        form.put("needs", "");
        form.put("consentToReferral", "");
        mvc.perform(posting("/referrals/new", form).with(signIns.as("linkworker")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("<a href=\"#dobDay\">Date of birth must be today or in the past</a>"),
                        containsString("<a href=\"#postcode\">Enter a real postcode, like TR1 3LJ</a>"),
                        containsString("<a href=\"#needs\">Select at least one thing they need help with</a>"),
                        containsString("<a href=\"#consentToReferral\">Confirm that the person agrees to be referred"),
                        containsString("id=\"dob-error\""), containsString("id=\"consentToReferral-error\""),
                        containsString("value=\"QQ1 1QQ\""))));
        assertThat(forms.referralsFor("Rowe")).isZero();
    }

    @Test
    void aDoubleSubmittedFormCreatesOneReferral() throws Exception {
        Map<String, String> form = forms.staffForm("Hedra", "Nancarrow");
        String first = mvc.perform(posting("/referrals/new", form).with(signIns.as("referrer")))
                .andReturn().getResponse().getRedirectedUrl();
        String second = mvc.perform(posting("/referrals/new", form).with(signIns.as("referrer")))
                .andReturn().getResponse().getRedirectedUrl();
        assertThat(second).isEqualTo(first);
        assertThat(forms.referralsFor("Nancarrow")).isEqualTo(1);
        assertThat(forms.peopleNamed("Nancarrow")).hasSize(1);
    }

    @Test
    void theSamePersonReferredTwiceIsLinkedNotDuplicated() throws Exception {
        mvc.perform(posting("/referrals/new", forms.staffForm("Kerensa", "Tregenza")).with(signIns.as("referrer")))
                .andExpect(status().isFound());
        Map<String, String> again = forms.staffForm("KERENSA ", "tregenza");
        again.put("postcode", "tr13lj");
        mvc.perform(posting("/referrals/new", again).with(signIns.as("linkworker"))).andExpect(status().isFound());
        assertThat(jdbc.sql("SELECT count(*) FROM people.person WHERE lower(family_name) = 'tregenza'")
                .query(Long.class).single()).isEqualTo(1);
        assertThat(forms.referralsFor("Tregenza")).isEqualTo(2);
    }

    @Test
    void aLinkWorkerChoosesBetweenUncertainMatchesAndAReferrerNeverSeesThem() throws Exception {
        mvc.perform(posting("/referrals/new", forms.staffForm("Wenna", "Angove")).with(signIns.as("referrer")))
                .andExpect(status().isFound());
        UUID known = forms.peopleNamed("Angove").get(0);

        Map<String, String> moved = forms.staffForm("Wenna", "Angove");
        moved.put("postcode", "TR18 4AB");
        mvc.perform(posting("/referrals/new", moved).with(signIns.as("linkworker")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("This person may already be known"),
                        containsString("value=\"" + known + "\""), containsString("TR1 3LJ"))));
        assertThat(forms.referralsFor("Angove")).isEqualTo(1);
        assertThat(forms.auditEntries("linkworker", "VIEW", "person", known.toString())).isPositive();

        moved.put("personChoice", known.toString());
        moved.put("email", "wenna.angove@example.org");
        mvc.perform(posting("/referrals/new", moved).with(signIns.as("linkworker"))).andExpect(status().isFound());
        assertThat(forms.peopleNamed("Angove")).containsExactly(known);
        assertThat(forms.referralsFor("Angove")).isEqualTo(2);
        // The form filled the gap in the chosen person's record and changed nothing already recorded.
        assertThat(jdbc.sql("SELECT email || ' ' || postcode FROM people.person WHERE id = ?").param(known)
                .query(String.class).single()).isEqualTo("wenna.angove@example.org TR1 3LJ");

        Map<String, String> byReferrer = forms.staffForm("Wenna", "Angove");
        byReferrer.put("postcode", "PL1 1AA");
        mvc.perform(posting("/referrals/new", byReferrer).with(signIns.as("referrer")))
                .andExpect(status().isFound());
        assertThat(forms.peopleNamed("Angove")).hasSize(2).contains(known);
    }
}
