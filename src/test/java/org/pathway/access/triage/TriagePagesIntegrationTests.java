package org.pathway.access.triage;

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

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.pathway.PathwayIntegrationTest;
import org.pathway.access.ReferralEvents.ReferralAccepted;
import org.pathway.access.ReferralEvents.ReferralDeclined;
import org.pathway.access.ReferralEvents.ReferralRedirected;
import org.pathway.access.ReferralEvents.ReferralWaitlisted;
import org.pathway.access.referrals.Referral;
import org.pathway.shared.Need;
import org.pathway.support.SignIns;
import org.pathway.support.TestIcs;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;

/** The triage pages as each role sees them, and each decision as the practitioner makes it. */
@PathwayIntegrationTest
@RecordApplicationEvents
// Its own context and database: these tests add services, practitioners and an account that other tests count.
@TestPropertySource(properties = "pathway.triage.unactioned-working-days=5")
class TriagePagesIntegrationTests {

    static final LocalDate AGED_60 = LocalDate.now().minusYears(60).minusDays(10);
    static final LocalDate AGED_42 = LocalDate.now().minusYears(42).minusDays(10);

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserDetailsService users;

    @Autowired
    ApplicationEvents events;

    @Autowired
    TestIcs ics;

    @Autowired
    org.springframework.context.ApplicationContext context;

    SignIns signIns;
    TestTriageQueues queues;
    UUID connect55;

    @BeforeEach
    void setUp() {
        signIns = new SignIns(users);
        queues = TestTriageQueues.from(context);
        connect55 = ics.olderService().value();
    }

    /** A lonely 60-year-old referred to Test Connect 55+ from Harbour Practice: within its criteria. */
    Referral lonely60(String name) {
        return queues.lonely60(name);
    }

    /** A new open service of the manager's organisation, so a queue holds only this test's referrals. */
    UUID freshService() {
        return queues.openService("Test service " + UUID.randomUUID());
    }

    UUID practitionerOf(UUID service, String name, String fte) {
        return queues.practitioner(service, name, fte);
    }

    // ---- who may see what ----------------------------------------------------------------------------------

    @Test
    void signedOutVisitorsAreSentToSignIn() throws Exception {
        Referral referral = lonely60("Signedout");
        for (String page : List.of("/triage", "/triage/services/" + connect55, "/triage/referrals/" + referral.referralId())) {
            mvc.perform(get(page)).andExpect(status().isFound()).andExpect(redirectedUrl("/sign-in"));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"linkworker", "manager"})
    void linkWorkersAndManagersTriageTheirServices(String username) throws Exception {
        Referral referral = lonely60("Inscope");
        mvc.perform(get("/triage").with(signIns.as(username))).andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("href=\"/triage/services/" + connect55 + "\">" + TestIcs.OLDER_SERVICE + "</a>"),
                        containsString("href=\"/triage/services/" + ics.service() + "\">" + TestIcs.SERVICE + "</a>"),
                        not(containsString(TestIcs.OTHER_SERVICE)))));
        mvc.perform(get("/triage/services/" + connect55).with(signIns.as(username))).andExpect(status().isOk())
                .andExpect(content().string(containsString(referral.reference())));
        mvc.perform(get("/triage/referrals/" + referral.referralId()).with(signIns.as(username)))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Test Inscope"), containsString("Accept and allocate"))));
        // the header navigation (the link worker's home page is their caseload, which "/" forwards to)
        mvc.perform(get("/caseload").with(signIns.as(username)))
                .andExpect(content().string(containsString("href=\"/triage\"")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"admin", "referrer", "provider", "icslead", "researcher"})
    void everyoneElseIsRefused(String username) throws Exception {
        Referral referral = lonely60("Refused");
        mvc.perform(get("/triage").with(signIns.as(username))).andExpect(status().isForbidden());
        mvc.perform(get("/triage/services/" + connect55).with(signIns.as(username))).andExpect(status().isForbidden());
        mvc.perform(get("/triage/referrals/" + referral.referralId()).with(signIns.as(username)))
                .andExpect(status().isForbidden());
        mvc.perform(post("/triage/referrals/" + referral.referralId() + "/waitlist").with(csrf()).with(signIns.as(username)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/").with(signIns.as(username))).andExpect(content().string(not(containsString("href=\"/triage\""))));
        assertThat(statusOf(referral)).isEqualTo("RECEIVED");
    }

    @Test
    void aManagerOfAnotherOrganisationFindsNothing() throws Exception {
        // othermanager manages Other Wellbeing Trust, which runs Other Connect only.
        String otherManager = TestIcs.OTHER_MANAGER_USERNAME;
        Referral referral = lonely60("Otherorg");
        mvc.perform(get("/triage/referrals/" + referral.referralId()).with(signIns.as(otherManager)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/triage/services/" + connect55).with(signIns.as(otherManager))).andExpect(status().isNotFound());
        mvc.perform(post("/triage/referrals/" + referral.referralId() + "/decline").param("declineReason", "No")
                .with(csrf()).with(signIns.as(otherManager))).andExpect(status().isNotFound());
        mvc.perform(get("/triage").with(signIns.as(otherManager))).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString(TestIcs.OTHER_SERVICE),
                        not(containsString(TestIcs.OLDER_SERVICE)), not(containsString(TestIcs.SERVICE)))));
        assertThat(statusOf(referral)).isEqualTo("RECEIVED");
    }

    @Test
    void aPostWithoutCsrfIsRefused() throws Exception {
        Referral referral = lonely60("Nocsrf");
        // Without a session the CSRF failure is treated as an expired session: back to sign-in, nothing changed
        int refused = mvc.perform(post("/triage/referrals/" + referral.referralId() + "/waitlist").with(signIns.as("manager")))
                .andReturn().getResponse().getStatus();
        assertThat(refused).isIn(302, 403);
        assertThat(statusOf(referral)).isEqualTo("RECEIVED");
    }

    // ---- the queue -----------------------------------------------------------------------------------------

    @Test
    void theQueueIsOldestFirstAndPagedByTwentyFive() throws Exception {
        UUID service = freshService();
        Instant start = Instant.parse("2024-03-01T09:00:00Z");
        // Saved in a scrambled order: the page must sort by when each was received
        for (int i = 0; i < 27; i++) {
            int day = (i * 11) % 27;
            queues.receive(service, "Queue" + day, AGED_60, Set.of(Need.HOUSING),
                    start.plus(day, ChronoUnit.DAYS));
        }
        List<String> page1 = references(mvc.perform(get("/triage/services/" + service).with(signIns.as("manager")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Showing 1 to 25 of 27"), containsString("New referrals (27)"))))
                .andReturn().getResponse().getContentAsString());
        assertThat(page1).hasSize(25);
        List<String> page2 = references(mvc.perform(get("/triage/services/" + service).param("page", "2")
                        .with(signIns.as("manager")))
                .andExpect(content().string(containsString("Showing 26 to 27 of 27")))
                .andReturn().getResponse().getContentAsString());
        assertThat(page2).hasSize(2);
        List<String> all = new ArrayList<>(page1);
        all.addAll(page2);
        List<String> expected = jdbc.sql("SELECT reference FROM access.referral WHERE service_id = ? ORDER BY received_at")
                .param(service).query(String.class).list();
        assertThat(all).containsExactlyElementsOf(expected);
        String first = mvc.perform(get("/triage/services/" + service).with(signIns.as("manager"))).andReturn()
                .getResponse().getContentAsString();
        assertThat(first).contains("Test Queue0, aged 60", "Housing", "1 Mar 2024", "Overdue", "Meets criteria");
    }

    @Test
    void theWaitingListShowsEachPositionAndTheQueuesPageCountsIt() throws Exception {
        UUID service = freshService();
        Referral older = queues.receive(service, "Waitolder", AGED_60, Set.of(Need.HOUSING),
                Instant.now().minus(3, ChronoUnit.DAYS));
        Referral newer = queues.receive(service, "Waitnewer", AGED_60, Set.of(Need.HOUSING),
                Instant.now().minus(1, ChronoUnit.DAYS));
        mvc.perform(post("/triage/referrals/" + newer.referralId() + "/waitlist").with(csrf()).with(signIns.as("manager")))
                .andExpect(redirectedUrl("/triage/referrals/" + newer.referralId()))
                .andExpect(flash().attribute("flash", "Referral placed on the waiting list"));
        mvc.perform(post("/triage/referrals/" + older.referralId() + "/waitlist").with(csrf()).with(signIns.as("manager")))
                .andExpect(status().isFound());
        String waiting = mvc.perform(get("/triage/services/" + service).param("list", "waiting").with(signIns.as("manager")))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Waiting list (2)")))
                .andReturn().getResponse().getContentAsString();
        assertThat(waiting.indexOf("Test Waitolder")).isLessThan(waiting.indexOf("Test Waitnewer"));
        assertThat(waiting).contains("On the waiting list 0 days");
        mvc.perform(get("/triage/referrals/" + newer.referralId()).with(signIns.as("manager")))
                .andExpect(content().string(allOf(containsString("Position 2 on the waiting list"),
                        not(containsString("Place on the waiting list")))));
        assertThat(events.stream(ReferralWaitlisted.class).filter(e -> e.referral().equals(newer.referralId())))
                .hasSize(1);
        // Waitlisting twice is refused with the reason, on the page
        mvc.perform(post("/triage/referrals/" + newer.referralId() + "/waitlist").with(csrf()).with(signIns.as("manager")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Only a newly received referral can be placed on the waiting list")));
    }

    @Test
    void anUnactionedReferralIsOverdueAndTheManagerIsToldOnTheTriagePage() throws Exception {
        String name = "Overdue queue " + UUID.randomUUID();
        UUID service = queues.openService(name);
        Referral old = queues.receive(service, "Overdue", AGED_60, Set.of(Need.HOUSING),
                Instant.now().minus(20, ChronoUnit.DAYS));
        Referral today = queues.receive(service, "Fresh", AGED_60, Set.of(Need.HOUSING), Instant.now());
        String queue = mvc.perform(get("/triage/services/" + service).with(signIns.as("manager")))
                .andReturn().getResponse().getContentAsString();
        String oldRow = row(queue, old.reference());
        String newRow = row(queue, today.reference());
        assertThat(oldRow).contains("nhsuk-tag--red", "Overdue");
        assertThat(newRow).doesNotContain("Overdue").contains("(0 working days waiting)");
        mvc.perform(get("/triage").with(signIns.as("manager")))
                .andExpect(content().string(allOf(containsString("Unactioned referrals"),
                        containsString(name + ": 1 overdue"))));
    }

    // ---- the triage page and its decisions -----------------------------------------------------------------

    @Test
    void theTriagePageShowsEachCheckWithItsReason() throws Exception {
        Referral young = queues.receive(connect55, "Young", AGED_42, Set.of(Need.MONEY_DEBT_BENEFITS),
                Instant.now());
        mvc.perform(get("/triage/referrals/" + young.referralId()).with(signIns.as("linkworker")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("Age 42 is below this service&#39;s range: it takes people aged 55 and over"),
                        containsString("None of the needs referred for is one this service takes"),
                        containsString("Outside criteria"),
                        containsString("Why accept a referral outside the criteria?"))));
        long views = jdbc.sql("SELECT count(*) FROM governance.audit_event WHERE action = 'VIEW' AND record_type = 'referral' AND record_id = ?")
                .param(young.referralId().toString()).query(Long.class).single();
        assertThat(views).isGreaterThanOrEqualTo(1);
    }

    @Test
    void acceptingWithinCriteriaAllocatesAndPublishesTheEvent() throws Exception {
        Referral referral = lonely60("Withincriteria");
        UUID practitioner = practitionerOf(connect55, "Within Allocatee", "1.0");
        mvc.perform(get("/triage/referrals/" + referral.referralId()).with(signIns.as("linkworker")))
                .andExpect(content().string(allOf(containsString("Meets criteria"), containsString("Within Allocatee"),
                        not(containsString("Why accept a referral outside the criteria?")))));
        mvc.perform(post("/triage/referrals/" + referral.referralId() + "/accept").param("practitioner", practitioner.toString())
                        .with(csrf()).with(signIns.as("linkworker")))
                .andExpect(redirectedUrl("/triage/referrals/" + referral.referralId()))
                .andExpect(flash().attribute("flash", "Referral accepted and allocated"));
        mvc.perform(get("/triage/referrals/" + referral.referralId()).with(signIns.as("linkworker")))
                .andExpect(content().string(allOf(containsString("Accepted"), containsString("Allocated to Within Allocatee"),
                        not(containsString("Accept and allocate")))));
        assertThat(events.stream(ReferralAccepted.class).filter(e -> e.referral().equals(referral.referralId())))
                .singleElement().satisfies(e -> {
                    assertThat(e.practitioner()).isEqualTo(practitioner);
                    assertThat(e.outsideCriteria()).isFalse();
                });
        // A second decision on a closed referral is refused
        mvc.perform(post("/triage/referrals/" + referral.referralId() + "/decline").param("declineReason", "Too late")
                        .with(csrf()).with(signIns.as("linkworker")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("This referral is already accepted: it cannot be declined now")));
    }

    @Test
    void acceptingOutsideCriteriaNeedsAReasonAndIsCountedInTheFigures() throws Exception {
        Referral young = queues.receive(connect55, "Outside", AGED_42, Set.of(Need.LONELINESS),
                Instant.now().minus(2, ChronoUnit.HOURS));
        UUID practitioner = practitionerOf(connect55, "Outside Allocatee", "1.0");
        long[] before = outsideFigures();

        mvc.perform(post("/triage/referrals/" + young.referralId() + "/accept").param("practitioner", practitioner.toString())
                        .param("outsideCriteriaReason", " ").with(csrf()).with(signIns.as("manager")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("There is a problem"),
                        containsString("Give a reason for accepting a referral outside the service&#39;s criteria"),
                        containsString("href=\"#outsideCriteriaReason\""))))
                .andExpect(content().string(containsString("value=\"" + practitioner + "\" checked")));
        assertThat(statusOf(young)).isEqualTo("RECEIVED");

        mvc.perform(post("/triage/referrals/" + young.referralId() + "/accept").param("practitioner", practitioner.toString())
                        .param("outsideCriteriaReason", "Recently bereaved and very isolated: the GP asked us")
                        .with(csrf()).with(signIns.as("manager")))
                .andExpect(status().isFound());
        assertThat(jdbc.sql("SELECT outside_criteria_reason FROM access.referral WHERE id = ?")
                .param(young.referralId().value()).query(String.class).single())
                .isEqualTo("Recently bereaved and very isolated: the GP asked us");
        long[] after = outsideFigures();
        assertThat(after[0]).isEqualTo(before[0] + 1);
        assertThat(after[1]).isEqualTo(before[1] + 1);
        assertThat(events.stream(ReferralAccepted.class).filter(e -> e.referral().equals(young.referralId())))
                .singleElement().satisfies(e -> assertThat(e.outsideCriteria()).isTrue());
    }

    /** The manager's figures on the queue page: {outside, accepted}. */
    long[] outsideFigures() throws Exception {
        String page = mvc.perform(get("/triage/services/" + connect55).with(signIns.as("manager")))
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Figures for the last 90 days", "Time from referral to first action (median)");
        Matcher m = Pattern.compile("\\((\\d+) of (\\d+) accepted\\)").matcher(page);
        return m.find() ? new long[] {Long.parseLong(m.group(1)), Long.parseLong(m.group(2))} : new long[] {0, 0};
    }

    @Test
    void declineStoresTheReasonForTheReferrer() throws Exception {
        Referral referral = lonely60("Declined");
        mvc.perform(post("/triage/referrals/" + referral.referralId() + "/decline").param("declineReason", "")
                        .with(csrf()).with(signIns.as("linkworker")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Give the reason for declining: the referrer is told it")));
        mvc.perform(post("/triage/referrals/" + referral.referralId() + "/decline")
                        .param("declineReason", "She has moved out of Cornwall").with(csrf()).with(signIns.as("linkworker")))
                .andExpect(status().isFound())
                .andExpect(flash().attribute("flash", "Referral declined: the referrer will see your reason"));
        assertThat(jdbc.sql("SELECT decline_reason FROM access.referral WHERE id = ?").param(referral.referralId().value())
                .query(String.class).single()).isEqualTo("She has moved out of Cornwall");
        mvc.perform(get("/triage/referrals/" + referral.referralId()).with(signIns.as("linkworker")))
                .andExpect(content().string(containsString("Declined: She has moved out of Cornwall")));
        assertThat(events.stream(ReferralDeclined.class).filter(e -> e.referral().equals(referral.referralId())))
                .singleElement().satisfies(e -> assertThat(e.reason()).isEqualTo("She has moved out of Cornwall"));
    }

    @Test
    void redirectListsOnlyServicesWhoseCriteriaThePersonMeetsAndQueuesTheNewReferral() throws Exception {
        // A service covering the whole ICS that takes only money and housing needs: not for a lonely person.
        String moneyName = "Money Navigation " + UUID.randomUUID();
        String money = queues.serviceTakingOnly(moneyName, Set.of(Need.MONEY_DEBT_BENEFITS, Need.HOUSING)).toString();
        Referral referral = lonely60("Redirected");
        String page = mvc.perform(get("/triage/referrals/" + referral.referralId()).with(signIns.as("manager")))
                .andReturn().getResponse().getContentAsString();
        Map<String, String> options = options(page);
        // Test Connect (open, covering Harbour Practice) is offered; not the service it is at, not a service whose
        // criteria the person does not meet, not one that does not cover their practice (Other Connect, South PCN).
        String target = ics.service().value().toString();
        assertThat(options).containsEntry(target, TestIcs.SERVICE);
        assertThat(options.values()).doesNotContain(TestIcs.OLDER_SERVICE, moneyName, TestIcs.OTHER_SERVICE);

        // Posting the money service anyway is refused
        mvc.perform(post("/triage/referrals/" + referral.referralId() + "/redirect").param("toService", money)
                        .param("redirectReason", "Money worries").with(csrf()).with(signIns.as("manager")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Choose one of the services listed")))
                .andExpect(content().string(containsString("Money worries")));

        mvc.perform(post("/triage/referrals/" + referral.referralId() + "/redirect").param("toService", target)
                        .param("redirectReason", "Needs longer support than six sessions").with(csrf())
                        .with(signIns.as("manager")))
                .andExpect(status().isFound())
                .andExpect(flash().attribute("flash", containsString("Referral redirected: the new referral is PW-")));
        Map<String, Object> created = jdbc.sql(
                "SELECT service_id, status, reference FROM access.referral WHERE redirected_from = ?")
                .param(referral.referralId().value()).query().singleRow();
        assertThat(created.get("service_id").toString()).isEqualTo(target);
        assertThat(created.get("status")).isEqualTo("RECEIVED");
        assertThat(statusOf(referral)).isEqualTo("REDIRECTED");
        mvc.perform(get("/triage/services/" + target).with(signIns.as("manager")))
                .andExpect(content().string(containsString((String) created.get("reference"))));
        assertThat(events.stream(ReferralRedirected.class).filter(e -> e.referral().equals(referral.referralId())))
                .singleElement().satisfies(e -> assertThat(e.toService().toString()).isEqualTo(target));
    }

    @Test
    void allocatingPastTheCaseloadCapWarnsButDoesNotBlock() throws Exception {
        // The fresh service allows 30 per full-time practitioner: at 0.1 FTE the cap is 3
        UUID service = freshService();
        UUID practitioner = practitionerOf(service, "Capped Practitioner", "0.1");
        for (int i = 0; i < 3; i++) {
            queues.accept(queues.receive(service, "Caseload" + i, AGED_60, Set.of(Need.LONELINESS), Instant.now()),
                    practitioner);
        }
        awaitOpenCases(practitioner, 3);
        Referral next = queues.receive(service, "Overcap", AGED_60, Set.of(Need.LONELINESS), Instant.now());
        String page = mvc.perform(get("/triage/referrals/" + next.referralId()).with(signIns.as("manager")))
                .andReturn().getResponse().getContentAsString();
        String label = page.substring(page.indexOf("Capped Practitioner"), page.indexOf("Capped Practitioner") + 300);
        assertThat(label).contains("(3 open cases, cap 3, 0.10 FTE)", "At cap");
        assertThat(page).contains("would take their open cases past their cap");
        mvc.perform(post("/triage/referrals/" + next.referralId() + "/accept").param("practitioner", practitioner.toString())
                .with(csrf()).with(signIns.as("manager"))).andExpect(status().isFound());
        assertThat(statusOf(next)).isEqualTo("ACCEPTED");
    }

    // ---- helpers -------------------------------------------------------------------------------------------

    /** Cases open when engagement hears of the acceptance; caseloads count cases, not accepted referrals. */
    void awaitOpenCases(UUID practitioner, long expected) throws InterruptedException {
        Instant until = Instant.now().plusSeconds(20);
        while (Instant.now().isBefore(until) && jdbc.sql(
                "SELECT count(*) FROM engagement.case_episode WHERE practitioner_id = ? AND status = 'OPEN'")
                .param(practitioner).query(Long.class).single() < expected) {
            Thread.sleep(50);
        }
    }

    String statusOf(Referral referral) {
        return jdbc.sql("SELECT status FROM access.referral WHERE id = ?").param(referral.referralId().value())
                .query(String.class).single();
    }

    static List<String> references(String html) {
        List<String> refs = new ArrayList<>();
        Matcher m = Pattern.compile(">(PW-[A-Z0-9]{8})</a>").matcher(html);
        while (m.find()) {
            refs.add(m.group(1));
        }
        return refs;
    }

    static String row(String html, String reference) {
        int at = html.indexOf(reference);
        int end = html.indexOf("</tr>", at);
        return html.substring(at, end);
    }

    static Map<String, String> options(String html) {
        Map<String, String> options = new java.util.LinkedHashMap<>();
        Matcher m = Pattern.compile("<option value=\"([0-9a-f-]{36})\">([^<]+)</option>").matcher(html);
        while (m.find()) {
            options.put(m.group(1), m.group(2));
        }
        return options;
    }
}
