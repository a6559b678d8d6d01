package org.pathway.activities.connections;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pathway.PathwayIntegrationTest;
import org.pathway.activities.ConnectionEvents.ConnectionMade;
import org.pathway.activities.ConnectionEvents.ConnectionStatusChanged;
import org.pathway.activities.ConnectionStatus;
import org.pathway.activities.DeliveryMode;
import org.pathway.activities.DirectoryLoader;
import org.pathway.activities.ListingStatus;
import org.pathway.activities.ReferralRoute;
import org.pathway.activities.TestDirectory;
import org.pathway.engagement.cases.CaseTestSupport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The closed loop from the case and from the provider's login; suggestions; unmet needs and the gaps they show. */
@PathwayIntegrationTest
@RecordApplicationEvents
class ConnectionsIntegrationTests {

    @Autowired
    ApplicationContext context;

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationEvents events;

    @Autowired
    DirectoryLoader loader;

    CaseTestSupport cases;
    TestDirectory directory;

    @BeforeEach
    void setUp() {
        cases = CaseTestSupport.from(context);
        cases.ensureOtherAccounts();
        directory = new TestDirectory(loader);
    }

    /** The demo provider's own directory organisation (the face of its workforce organisation). */
    UUID providerOrganisation() {
        return jdbc.sql("""
                SELECT o.id FROM activities.organisation o JOIN governance.user_account u
                  ON u.organisation_id = o.workforce_organisation_id WHERE u.username = 'provider'""")
                .query(UUID.class).single();
    }

    /**
     * A case for the demo link worker, its referral from a referrer of its own (not the demo "referrer", whose list
     * other tests read).
     */
    UUID openCase(String familyName) {
        var aggregates = context.getBean(org.pathway.access.referrals.ReferralAggregates.class);
        UUID person = context.getBean(org.pathway.people.People.class).register(org.pathway.people.PersonDetails.of(
                "Test", familyName, java.time.LocalDate.now().minusYears(70), null, null), "test").person().value();
        var referral = org.pathway.access.referrals.Referral.receive(new org.pathway.access.referrals.Referral.Intake(
                org.pathway.access.referrals.Referral.Channel.STAFF_FORM, org.pathway.access.ReferralSource.GP, person,
                cases.linkWorkerService(), "connections-test", "Dr Connections", null, null,
                java.util.Set.of(org.pathway.shared.Need.LONELINESS), "Lives alone", false, java.util.Set.of(), false,
                true, true, true, true, null), aggregates.nextReference(), Instant.now().minus(3, ChronoUnit.DAYS),
                "connections-test");
        referral = aggregates.save(referral);
        referral.accept(cases.linkWorkerPractitioner(), true, null, Instant.now(), "test");
        aggregates.save(referral);
        return cases.awaitCaseFor(referral.referralId().value());
    }

    UUID personOf(UUID caseId) {
        return jdbc.sql("SELECT person_id FROM engagement.case_episode WHERE id = ?").param(caseId).query(UUID.class)
                .single();
    }

    MockHttpServletRequestBuilder connect(UUID caseId, UUID listing, String action) {
        return post("/cases/" + caseId + "/connections").param("listingId", listing.toString()).param("action", action)
                .with(csrf()).with(cases.as("linkworker"));
    }

    UUID connectionOf(UUID caseId, UUID listing) {
        return jdbc.sql("SELECT id FROM activities.connection WHERE case_id = ? AND listing_id = ?")
                .params(caseId, listing).query(UUID.class).single();
    }

    String statusOf(UUID connection) {
        return jdbc.sql("SELECT status FROM activities.connection WHERE id = ?").param(connection).query(String.class)
                .single();
    }

    @Test
    void aSignpostingListingRecordsThatThePersonWasSignpostedAndTheLoopIsKeptOnTheCase() throws Exception {
        UUID caseId = openCase("Signposted");
        UUID org = directory.organisation("Signpost Org " + UUID.randomUUID(), null);
        UUID listing = directory.listing(org, "Signpost Lunch Club").create();
        mvc.perform(connect(caseId, listing, "SIGNPOST")).andExpect(redirectedUrl("/cases/" + caseId + "/connections"));
        UUID connection = connectionOf(caseId, listing);
        assertThat(statusOf(connection)).isEqualTo("SIGNPOSTED");
        assertThat(events.stream(ConnectionMade.class).filter(e -> e.connectionId().equals(connection)))
                .singleElement().satisfies(e -> assertThat(e.route()).isEqualTo(ReferralRoute.SIGNPOSTING));
        mvc.perform(post("/cases/" + caseId + "/connections/" + connection + "/status").param("status", "ATTENDED")
                .param("note", "Went twice").with(csrf()).with(cases.as("linkworker")))
                .andExpect(status().is3xxRedirection());
        assertThat(events.stream(ConnectionStatusChanged.class).filter(e -> e.connectionId().equals(connection)))
                .singleElement().satisfies(e -> assertThat(e.to()).isEqualTo(ConnectionStatus.ATTENDED));
        mvc.perform(get("/cases/" + caseId + "/connections").with(cases.as("linkworker"))).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Signpost Lunch Club"), containsString("Signposted"),
                        containsString("Attended"), containsString("Went twice"), containsString("aria-current=\"page\">Connections"))));
        assertThat(jdbc.sql("SELECT count(*) FROM governance.audit_event WHERE record_type = 'connection' AND record_id = ?")
                .param(connection.toString()).query(Long.class).single()).isEqualTo(2);
        // another link worker and a referrer cannot reach the case's connections
        mvc.perform(get("/cases/" + caseId + "/connections").with(cases.as(CaseTestSupport.OTHER_LINK_WORKER)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/cases/" + caseId + "/connections").with(cases.as("referrer"))).andExpect(status().isForbidden());
    }

    @Test
    void anIllegalTransitionIsRefusedAndThePractitionerCannotAnswerForTheProvider() throws Exception {
        UUID caseId = openCase("Illegal");
        UUID org = directory.organisation("Illegal Org " + UUID.randomUUID(), null);
        UUID listing = directory.listing(org, "Illegal Walk").create();
        mvc.perform(connect(caseId, listing, "SIGNPOST")).andExpect(status().is3xxRedirection());
        UUID connection = connectionOf(caseId, listing);
        mvc.perform(post("/cases/" + caseId + "/connections/" + connection + "/status").param("status", "COMPLETED")
                .with(csrf()).with(cases.as("linkworker"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("cannot become completed")));
        mvc.perform(post("/cases/" + caseId + "/connections/" + connection + "/status").param("status", "ACCEPTED")
                .with(csrf()).with(cases.as("linkworker"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("There is a problem")));
        assertThat(statusOf(connection)).isEqualTo("SIGNPOSTED");
        // the aggregate itself
        Connection c = new Connection(UUID.randomUUID(), caseId, listing, ReferralRoute.DIRECT_REFERRAL, true,
                ConnectionStatus.REFERRED, 0);
        assertThatThrownBy(() -> c.change(ConnectionStatus.DECLINED, Connection.Actor.PROVIDER, " ", false,
                Instant.now(), "p")).hasMessageContaining("reason");
        assertThatThrownBy(() -> c.change(ConnectionStatus.ATTENDED, Connection.Actor.PROVIDER, null, false,
                Instant.now(), "p")).hasMessageContaining("cannot become attended");
    }

    @Test
    void aReferralToTheProviderOnlyGoesWithConsentAndOtherwiseTheFormOffersSignposting() throws Exception {
        UUID caseId = openCase("Consenting");
        UUID listing = directory.listing(providerOrganisation(), "Consent Choir " + UUID.randomUUID()).directReferral()
                .create();
        mvc.perform(get("/cases/" + caseId + "/connections").param("q", "Consent Choir").with(cases.as("linkworker")))
                .andExpect(status().isOk()).andExpect(content().string(allOf(containsString("Signpost instead"),
                        containsString("has not consented to share"), containsString("Refer with consent"))));
        mvc.perform(connect(caseId, listing, "REFER")).andExpect(status().isOk())
                .andExpect(content().string(containsString("not consented to share their details")));
        assertThat(jdbc.sql("SELECT count(*) FROM activities.connection WHERE case_id = ?").param(caseId)
                .query(Long.class).single()).isZero();
        mvc.perform(connect(caseId, listing, "REFER").param("consentNow", "true")).andExpect(status().is3xxRedirection());
        UUID connection = connectionOf(caseId, listing);
        assertThat(statusOf(connection)).isEqualTo("REFERRED");
        assertThat(jdbc.sql("SELECT given FROM people.consent WHERE person_id = ? AND purpose = 'SHARE_WITH_PROVIDERS'")
                .param(personOf(caseId)).query(Boolean.class).single()).isTrue();
    }

    @Test
    void theProviderSeesOnlyWhatItNeedsForItsOwnListingsAndAnswers() throws Exception {
        UUID caseId = openCase("Answered");
        UUID person = personOf(caseId);
        jdbc.sql("UPDATE people.person SET phone = '07700 900123', preferred_contact = 'PHONE', "
                + "communication_needs = 'Hard of hearing: speak slowly' WHERE id = ?").param(person).update();
        String name = "Answer Walk " + UUID.randomUUID();
        UUID listing = directory.listing(providerOrganisation(), name).directReferral().create();
        mvc.perform(connect(caseId, listing, "REFER").param("consentNow", "true")).andExpect(status().is3xxRedirection());
        UUID connection = connectionOf(caseId, listing);

        mvc.perform(get("/directory/connections").with(cases.as("provider"))).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString(name), containsString("Test Answered"),
                        containsString("07700 900123"), containsString("Phone call"),
                        containsString("Hard of hearing: speak slowly"), not(containsString("NHS number")))));
        assertThat(jdbc.sql("""
                SELECT count(*) FROM governance.audit_event WHERE record_type = 'person' AND record_id = ?
                  AND actor = 'provider'""").param(person.toString()).query(Long.class).single()).isPositive();

        // decline needs a reason; accepting, then attendance
        mvc.perform(post("/directory/connections/" + connection).param("status", "DECLINED").with(csrf())
                .with(cases.as("provider"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Give the reason for declining")));
        mvc.perform(post("/directory/connections/" + connection).param("status", "ACCEPTED").with(csrf())
                .with(cases.as("provider"))).andExpect(redirectedUrl("/directory/connections"));
        mvc.perform(post("/directory/connections/" + connection).param("status", "ATTENDED").with(csrf())
                .with(cases.as("provider"))).andExpect(redirectedUrl("/directory/connections"));
        assertThat(statusOf(connection)).isEqualTo("ATTENDED");
        mvc.perform(get("/cases/" + caseId + "/connections").with(cases.as("linkworker")))
                .andExpect(content().string(allOf(containsString("Accepted"), containsString("Attended"))));

        // a connection to another organisation's listing is not found; a referrer may not answer at all
        UUID other = directory.organisation("Other Org " + UUID.randomUUID(), null);
        UUID otherListing = directory.listing(other, "Other Listing").directReferral().create();
        mvc.perform(connect(caseId, otherListing, "REFER")).andExpect(status().is3xxRedirection());
        UUID otherConnection = connectionOf(caseId, otherListing);
        mvc.perform(post("/directory/connections/" + otherConnection).param("status", "ACCEPTED").with(csrf())
                .with(cases.as("provider"))).andExpect(status().isNotFound());
        mvc.perform(get("/directory/connections").with(cases.as("provider")))
                .andExpect(content().string(not(containsString("Other Listing"))));
        mvc.perform(get("/directory/connections").with(cases.as("referrer"))).andExpect(status().isForbidden());
        mvc.perform(post("/directory/connections/" + connection).param("status", "ONGOING").with(csrf())
                .with(cases.as("referrer"))).andExpect(status().isForbidden());

        // once consent is withdrawn the provider no longer sees the person's details
        jdbc.sql("INSERT INTO people.consent (person_id, purpose, given, recorded_at, recorded_by) "
                + "VALUES (?, 'SHARE_WITH_PROVIDERS', false, now(), 'test')").param(person).update();
        mvc.perform(get("/directory/connections").with(cases.as("provider")))
                .andExpect(content().string(allOf(containsString("Consent withdrawn"), not(containsString("07700 900123")))));
    }

    @Test
    void theCasePagesDirectorySearchCanKeepToWhereThePersonLivesAndLinksToEachListing() throws Exception {
        UUID caseId = openCase("Nearby");
        String postcode = "ZE1 " + (1 + new java.util.Random().nextInt(9)) + "NZ";
        directory.postcode(postcode, 60.15, -1.15);
        jdbc.sql("UPDATE people.person SET postcode = ? WHERE id = ?").params(postcode, personOf(caseId)).update();
        UUID org = directory.organisation("Nearby Org " + UUID.randomUUID(), null);
        String tag = "knit" + UUID.randomUUID().toString().replaceAll("[^a-f]", "");
        // Money advice, which the person's need (loneliness) does not suggest, so only the search shows them.
        UUID near = directory.listing(org, "Near " + tag).categories("money-advice").at(postcode, 60.16, -1.15).create();
        UUID far = directory.listing(org, "Far " + tag).categories("money-advice").at(postcode, 60.60, -1.10)
                .create(); // about 31 miles
        UUID online = directory.listing(org, "Online " + tag).categories("money-advice")
                .mode(DeliveryMode.ONLINE).create();
        String url = "/cases/" + caseId + "/connections";

        mvc.perform(get(url).param("q", tag).with(cases.as("linkworker"))).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("href=\"/directory/listings/" + near + "\""),
                        containsString("href=\"/directory/listings/" + far + "\""),
                        containsString("href=\"/directory/listings/" + online + "\""),
                        containsString("Only within 5 miles of where they live"))));
        mvc.perform(get(url).param("q", tag).param("near", "true").with(cases.as("linkworker")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Near " + tag), containsString("miles)"),
                        not(containsString("Far " + tag)), not(containsString("Online " + tag)))));
    }

    @Test
    void suggestionsMatchTheReferralsNeedsWithTheirReasonsAndLeaveOutWhatIsClosedStaleOrTooYoung() throws Exception {
        UUID caseId = openCase("Suggested");
        // far from the demo's directory (in the far north), so only this test's listings are near
        String postcode = "ZE2 " + (1 + new java.util.Random().nextInt(9)) + "QZ";
        directory.postcode(postcode, 60.26, -1.05);
        jdbc.sql("UPDATE people.person SET postcode = ? WHERE id = ?").params(postcode, personOf(caseId)).update();
        UUID org = directory.organisation("Suggest Org " + UUID.randomUUID(), null);
        String tag = UUID.randomUUID().toString().substring(0, 6);
        directory.listing(org, "Near Friends " + tag).categories("befriending").at(postcode, 60.27, -1.05)
                .verified(Instant.now().minus(21, ChronoUnit.DAYS)).create();
        directory.listing(org, "Stale Friends " + tag).categories("befriending").at(postcode, 60.26, -1.05)
                .verified(Instant.now().minus(400, ChronoUnit.DAYS)).create();
        directory.listing(org, "Youth Friends " + tag).categories("befriending").ages(11, 18).at(postcode, 60.26, -1.05)
                .create();
        directory.listing(org, "Money Only " + tag).categories("money-advice").at(postcode, 60.26, -1.05).create();
        String page = mvc.perform(get("/cases/" + caseId + "/connections").with(cases.as("linkworker")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Near Friends " + tag).contains("matches loneliness or isolation; 0.7 miles; verified 3 weeks ago")
                .doesNotContain("Stale Friends " + tag).doesNotContain("Youth Friends " + tag)
                .doesNotContain("Money Only " + tag);
        // the unmet-need form starts from the locality where the person lives (the nearest listings' locality)
        assertThat(page).containsPattern("<option value=\"Test locality\"\\s+selected=\"selected\"");
        assertThat(Suggestions.score(2, ListingStatus.ACTIVE, false, 1.0))
                .isGreaterThan(Suggestions.score(1, ListingStatus.ACTIVE, false, 1.0));
        assertThat(Suggestions.score(1, ListingStatus.ACTIVE, false, 1.0))
                .isGreaterThan(Suggestions.score(1, ListingStatus.SUSPENDED, false, 1.0));
        assertThat(Suggestions.score(1, ListingStatus.ACTIVE, false, 1.0))
                .isGreaterThan(Suggestions.score(1, ListingStatus.ACTIVE, false, 9.0));
    }

    @Test
    void unmetNeedsShowAsGapsByCategoryAndLocalityWithSmallNumbersSuppressed() throws Exception {
        UUID caseId = openCase("Unmet");
        String locality = "Gapton " + UUID.randomUUID().toString().substring(0, 8);
        for (int i = 0; i < 6; i++) {
            jdbc.sql("""
                    INSERT INTO activities.unmet_need (id, case_id, case_organisation_id, category, locality, reason,
                        recorded_at, recorded_by)
                    SELECT gen_random_uuid(), id, organisation_id, 'carers', ?, 'PROVIDER_FULL', now(), 'test'
                    FROM engagement.case_episode WHERE id = ?""").params(locality, caseId).update();
        }
        // through the form: an error keeps what was typed, then a good one is recorded
        mvc.perform(post("/cases/" + caseId + "/connections/unmet-needs").param("category", "nature")
                .param("locality", "").param("note", "Kept note").with(csrf()).with(cases.as("linkworker")))
                .andExpect(status().isOk()).andExpect(content().string(allOf(containsString("Choose the locality"),
                        containsString("Choose why the need is unmet"), containsString("Kept note"))));
        mvc.perform(post("/cases/" + caseId + "/connections/unmet-needs").param("category", "nature")
                .param("locality", locality).param("reason", "TOO_FAR").with(csrf()).with(cases.as("linkworker")))
                .andExpect(status().is3xxRedirection());
        for (String viewer : new String[] {"manager", "icslead"}) {
            String page = mvc.perform(get("/directory/gaps").with(cases.as(viewer))).andExpect(status().isOk())
                    .andReturn().getResponse().getContentAsString();
            assertThat(page).as(viewer).contains(locality).contains("&lt;5").contains("gaps-chart");
        }
        UnmetNeeds.Gaps gaps = context.getBean(UnmetNeeds.class)
                .gaps(cases.user("icslead"));
        assertThat(gaps.cell("Carers", locality)).isEqualTo("6");
        assertThat(gaps.cell("Nature and green", locality)).isEqualTo("<5");
        mvc.perform(get("/directory/gaps").with(cases.as(CaseTestSupport.OTHER_MANAGER))).andExpect(status().isOk())
                .andExpect(content().string(not(containsString(locality))));
        mvc.perform(get("/directory/gaps").with(cases.as("linkworker"))).andExpect(status().isForbidden());
        mvc.perform(get("/directory/gaps").with(cases.as("provider"))).andExpect(status().isForbidden());
    }

    @Test
    void theDemoHasConnectionsInEveryStateWithSomeForTheDemoProviderToAnswerAndUnmetNeeds() throws Exception {
        var statuses = jdbc.sql("SELECT DISTINCT status FROM activities.connection WHERE created_by LIKE 'Demo %'")
                .query(String.class).set();
        assertThat(statuses).containsExactlyInAnyOrder(java.util.Arrays.stream(ConnectionStatus.values())
                .map(Enum::name).toArray(String[]::new));
        assertThat(jdbc.sql("""
                SELECT count(*) FROM activities.connection c JOIN engagement.case_episode e ON e.id = c.case_id
                JOIN workforce.practitioner p ON p.id = e.practitioner_id
                JOIN governance.user_account u ON u.id = p.user_account_id WHERE u.username = 'linkworker'""")
                .query(Long.class).single()).isPositive();
        mvc.perform(get("/directory/connections").with(cases.as("provider"))).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("nhsuk-tag--blue\">Referred"),
                        containsString("Contact detail"))));
        assertThat(jdbc.sql("SELECT count(DISTINCT category) FROM activities.unmet_need WHERE recorded_by LIKE 'Demo %'")
                .query(Long.class).single()).isGreaterThan(2);
    }
}
