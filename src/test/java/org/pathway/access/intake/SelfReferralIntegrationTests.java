package org.pathway.access.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.pathway.access.intake.IntakeTestSupport.posting;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pathway.PathwayIntegrationTest;
import org.pathway.support.SignIns;
import org.pathway.support.TestIcs;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The public self-referral form: no sign-in, abuse-limited, and silent about who is already known. */
@PathwayIntegrationTest
class SelfReferralIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TestIcs ics;

    @Autowired
    UserDetailsService users;

    IntakeTestSupport forms;
    SignIns signIns;

    @BeforeEach
    void setUp() {
        forms = new IntakeTestSupport(ics, jdbc);
        signIns = new SignIns(users);
    }

    /** Each test its own client address, so that the rate limit of one does not spill into another. */
    static RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }

    @Test
    void theFormOpensSignedOutInPlainEnglish() throws Exception {
        mvc.perform(get("/self-referral"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Ask for social prescribing support"),
                        containsString("Which GP practice are you registered with?"),
                        containsString("name=\"website\""), containsString("class=\"pathway-trap\""))));
        mvc.perform(get("/sign-in")).andExpect(content().string(containsString("href=\"/self-referral\"")));
    }

    @Test
    void aSelfReferralSignedOutEndsWithAReferenceAndIsAuditedAsAnonymous() throws Exception {
        MvcResult sent = mvc.perform(posting("/self-referral", forms.selfForm("Elowen", "Chenoweth")).with(from("10.1.0.1")))
                .andExpect(status().isFound())
                .andExpect(redirectedUrlPattern("/self-referral/sent?reference=PW-*"))
                .andReturn();
        String reference = sent.getResponse().getRedirectedUrl().replaceFirst(".*reference=", "");
        Map<String, Object> referral = jdbc.sql("""
                SELECT id::text AS id, channel, source, referrer_username, service_id IS NOT NULL AS routed FROM access.referral
                WHERE reference = ?""").param(reference).query().singleRow();
        assertThat(referral).containsEntry("channel", "SELF_REFERRAL").containsEntry("source", "SELF")
                .containsEntry("routed", true);
        assertThat(referral.get("referrer_username")).isNull();
        assertThat(forms.peopleNamed("Chenoweth")).hasSize(1);
        assertThat(forms.auditEntries("anonymous", "CHANGE", "referral", (String) referral.get("id"))).isEqualTo(1);

        mvc.perform(get(sent.getResponse().getRedirectedUrl()))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("We have your request"), containsString(reference))));
        mvc.perform(get("/self-referral/sent")).andExpect(redirectedUrl("/self-referral"));
        mvc.perform(get("/self-referral/sent").param("reference", "<script>alert(1)</script>"))
                .andExpect(redirectedUrl("/self-referral"));
    }

    @Test
    void problemsAreExplainedInPlainEnglishAndWhatWasTypedIsKept() throws Exception {
        Map<String, String> form = forms.selfForm("Ruan", "Hocking");
        form.put("dobYear", "2999");
        form.put("postcode", "not a postcode");
        form.put("consentToReferral", "");
        mvc.perform(posting("/self-referral", form).with(from("10.1.0.2")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("There is a problem"),
                        containsString("Date of birth must be today or in the past"),
                        containsString("Enter a real postcode, like TR1 3LJ"),
                        containsString("Tick the box to agree to be referred"),
                        containsString("value=\"not a postcode\""), containsString("value=\"Ruan\""),
                        containsString("value=\"2999\""))));
        assertThat(forms.peopleNamed("Hocking")).isEmpty();
    }

    @Test
    void aFilledHoneypotIsAnsweredAsIfSentButCreatesNothing() throws Exception {
        Map<String, String> form = forms.selfForm("Robot", "Spamalot");
        form.put("website", "http://spam.example");
        long before = jdbc.sql("SELECT count(*) FROM access.referral").query(Long.class).single();
        mvc.perform(posting("/self-referral", form).with(from("10.1.0.3")))
                .andExpect(status().isFound())
                .andExpect(redirectedUrlPattern("/self-referral/sent?reference=PW-*"));
        assertThat(jdbc.sql("SELECT count(*) FROM access.referral").query(Long.class).single()).isEqualTo(before);
        assertThat(forms.peopleNamed("Spamalot")).isEmpty();
    }

    @Test
    void overFiveSubmissionsInTenMinutesFromOneAddressAreRefusedWith429() throws Exception {
        for (int i = 1; i <= 5; i++) {
            mvc.perform(posting("/self-referral", forms.selfForm("Rate", "Limited" + i)).with(from("10.1.0.4")))
                    .andExpect(status().isFound());
        }
        mvc.perform(posting("/self-referral", forms.selfForm("Rate", "Limited6")).with(from("10.1.0.4")))
                .andExpect(status().isTooManyRequests())
                .andExpect(content().string(allOf(containsString("too many requests"),
                        containsString("Please wait 10 minutes and try again"))));
        assertThat(forms.peopleNamed("Limited6")).isEmpty();
        mvc.perform(posting("/self-referral", forms.selfForm("Rate", "Elsewhere")).with(from("10.1.0.5")))
                .andExpect(status().isFound());
    }

    @Test
    void theAnswerIsTheSameWhetherOrNotThePersonIsAlreadyKnown() throws Exception {
        mvc.perform(posting("/self-referral", forms.selfForm("Bryok", "Kitto")).with(from("10.1.0.6")))
                .andExpect(status().isFound());
        UUID known = forms.peopleNamed("Kitto").get(0);

        String knownPage = confirmation(forms.selfForm("Bryok", "Kitto"), "10.1.0.7");
        String newPage = confirmation(forms.selfForm("Gwithian", "Polkinghorne"), "10.1.0.8");
        assertThat(forms.peopleNamed("Kitto")).containsExactly(known);
        assertThat(forms.peopleNamed("Polkinghorne")).hasSize(1);
        assertThat(knownPage).isEqualTo(newPage);
    }

    @Test
    void communicationNeedsAndAnUnknownGpPracticeReachTriage() throws Exception {
        Map<String, String> form = forms.selfForm("Jenifer", "Carveth");
        form.put("interpreter", "YES");
        form.put("interpreterLanguage", "Polish");
        form.put("communicationNeeds", "LARGE_PRINT,EASY_READ");
        form.put("otherCommunicationNeeds", "Phone calls are hard for me");
        form.put("gpPracticeId", "NOT_KNOWN");
        MvcResult sent = mvc.perform(posting("/self-referral", form).with(from("10.1.0.9")))
                .andExpect(status().isFound())
                .andExpect(redirectedUrlPattern("/self-referral/sent?reference=PW-*"))
                .andReturn();
        String reference = sent.getResponse().getRedirectedUrl().replaceFirst(".*reference=", "");
        Map<String, Object> person = jdbc.sql("""
                SELECT communication_needs, interpreter_language FROM people.person WHERE family_name = 'Carveth'""")
                .query().singleRow();
        assertThat(person).containsEntry("interpreter_language", "Polish")
                .containsEntry("communication_needs", "Large print; Easy read; Phone calls are hard for me");
        Map<String, Object> referral = jdbc.sql("""
                SELECT r.id, r.gp_practice_id, s.name AS service, g.note FROM access.referral r
                JOIN workforce.service s ON s.id = r.service_id
                JOIN access.referral_routing g ON g.referral_id = r.id WHERE r.reference = ?""")
                .param(reference).query().singleRow();
        // No practice, so the postcode (TR1) routes it: the first service covering a practice in TR1 (Harbour
        // Practice, in North PCN) whose criteria she meets.
        assertThat(referral.get("gp_practice_id")).isNull();
        assertThat(referral.get("service")).isEqualTo(TestIcs.SERVICE);
        assertThat((String) referral.get("note")).contains("the postcode TR1 3LJ (GP practice not known)");

        mvc.perform(get("/triage/referrals/" + referral.get("id")).with(signIns.as("linkworker")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("GP practice not known"),
                        containsString("Interpreter needed: Polish"),
                        containsString("Large print; Easy read; Phone calls are hard for me"),
                        containsString("01632 960001"), containsString("Phone call"))));
    }

    @Test
    void anInterpreterWithoutALanguageIsAProblemAndEverythingTypedIsKept() throws Exception {
        Map<String, String> form = forms.selfForm("Morwen", "Tregear");
        form.put("interpreter", "YES");
        form.put("interpreterLanguage", "");
        form.put("communicationNeeds", "BSL");
        form.put("otherCommunicationNeeds", "Please write things down");
        form.put("gpPracticeId", "NOT_KNOWN");
        String page = mvc.perform(posting("/self-referral", form).with(from("10.1.0.10")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("There is a problem"),
                        containsString("href=\"#interpreterLanguage\">Enter the language you need an interpreter for"),
                        containsString("value=\"Please write things down\""), containsString("value=\"Morwen\""))))
                .andReturn().getResponse().getContentAsString();
        assertThat(page).containsPattern("value=\"NOT_KNOWN\"\\s+selected")
                .containsPattern("id=\"interpreter\"[^>]*value=\"YES\"[^>]*checked")
                .containsPattern("value=\"BSL\"[^>]*checked")
                .doesNotContain("nhsuk-radios__conditional--hidden");
        assertThat(forms.peopleNamed("Tregear")).isEmpty();
    }

    @Test
    void theGpPracticeListOffersIDoNotKnow() throws Exception {
        mvc.perform(get("/self-referral"))
                .andExpect(content().string(allOf(
                        containsString("<option value=\"NOT_KNOWN\">I do not know, or I am not registered with a GP</option>"),
                        containsString("Do you need an interpreter?"), containsString("Large print"))));
    }

    /** The whole journey after sending: redirect, then the page, with the reference number blanked out. */
    private String confirmation(Map<String, String> form, String address) throws Exception {
        MvcResult sent = mvc.perform(posting("/self-referral", form).with(from(address))).andReturn();
        String url = sent.getResponse().getRedirectedUrl();
        String reference = url.replaceFirst(".*reference=", "");
        assertThat(reference).matches("PW-[A-Z0-9]{8}");
        MvcResult page = mvc.perform(get(url)).andExpect(status().isOk()).andReturn();
        assertThat(page.getResponse().getContentAsString()).contains(reference, "We have your request");
        return sent.getResponse().getStatus() + " " + url.replace(reference, "PW-XXXXXXXX") + " "
                + sent.getFlashMap() + "\n" + page.getResponse().getContentAsString().replace(reference, "PW-XXXXXXXX");
    }
}
