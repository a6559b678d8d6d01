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
import org.pathway.activities.directory.TestListings;
import org.pathway.activities.loading.ConnectionsLoader;
import org.pathway.activities.ListingStatus;
import org.pathway.activities.ReferralRoute;
import org.pathway.engagement.CaseSummary;
import org.pathway.engagement.Cases;
import org.pathway.governance.PathwayUser;
import org.pathway.engagement.cases.CaseTestSupport;
import org.pathway.people.ConsentPurpose;
import org.pathway.people.ContactMethod;
import org.pathway.people.People;
import org.pathway.people.PersonDetails;
import org.pathway.people.PersonId;
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
    TestListings directory;

    @Autowired
    ConnectionsLoader connectionsLoader;

    @Autowired
    People people;

    @Autowired
    Cases caseFacade;

    CaseTestSupport cases;

    @BeforeEach
    void setUp() {
        cases = CaseTestSupport.from(context);
    }

    /** Test Lunch Club's directory organisation: the provider sign-in manages its listings. */
    UUID providerOrganisation() {
        return directory.providerOrganisation();
    }

    /** A case for the link worker (Test Link Worker), its referral for loneliness. */
    UUID openCase(String familyName) {
        return cases.openCase(familyName);
    }

    /** The case as its link worker sees it, through engagement's facade. */
    CaseSummary caseOf(UUID caseId) {
        PathwayUser linkWorker = cases.user("linkworker");
        return cases.signedIn(linkWorker, () -> caseFacade.requireVisible(caseId, linkWorker));
    }

    UUID personOf(UUID caseId) {
        return caseOf(caseId).personId();
    }

    /**
     * What the person's record lacks, filled in as a referral form would (a case's person is recorded without a
     * postcode or contact details).
     */
    void recordOf(UUID caseId, String postcode, String phone, ContactMethod preferred, String communicationNeeds) {
        people.linkChosen(new PersonId(personOf(caseId)), new PersonDetails(null, null, null, null, null, null, null,
                postcode, phone, null, preferred, communicationNeeds, null), "test");
    }

    void livesAt(UUID caseId, String postcode) {
        recordOf(caseId, postcode, null, null, null);
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
        UUID org = directory.organisation("Signpost Org " + UUID.randomUUID());
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
        UUID org = directory.organisation("Illegal Org " + UUID.randomUUID());
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
        assertThat(people.consents(new PersonId(personOf(caseId))).get(ConsentPurpose.SHARE_WITH_PROVIDERS).given())
                .isTrue();
    }

    @Test
    void theProviderSeesOnlyWhatItNeedsForItsOwnListingsAndAnswers() throws Exception {
        UUID caseId = openCase("Answered");
        UUID person = personOf(caseId);
        recordOf(caseId, null, "07700 900123", ContactMethod.PHONE, "Hard of hearing: speak slowly");
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
                .with(cases.as("provider"))).andExpect(redirectedUrl("/directory/connections"))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash()
                        .attribute("problem", "Give the reason for declining."));
        mvc.perform(post("/directory/connections/" + connection).param("status", "ACCEPTED").with(csrf())
                .with(cases.as("provider"))).andExpect(redirectedUrl("/directory/connections"));
        mvc.perform(post("/directory/connections/" + connection).param("status", "ATTENDED").with(csrf())
                .with(cases.as("provider"))).andExpect(redirectedUrl("/directory/connections"));
        assertThat(statusOf(connection)).isEqualTo("ATTENDED");
        mvc.perform(get("/cases/" + caseId + "/connections").with(cases.as("linkworker")))
                .andExpect(content().string(allOf(containsString("Accepted"), containsString("Attended"))));

        // a connection to another organisation's listing is not found; a referrer may not answer at all
        UUID other = directory.organisation("Other Org " + UUID.randomUUID());
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
        people.recordConsent(new PersonId(person), ConsentPurpose.SHARE_WITH_PROVIDERS, false, "test");
        mvc.perform(get("/directory/connections").with(cases.as("provider")))
                .andExpect(content().string(allOf(containsString("Consent withdrawn"), not(containsString("07700 900123")))));
    }

    @Test
    void theCasePagesDirectorySearchCanKeepToWhereThePersonLivesAndLinksToEachListing() throws Exception {
        UUID caseId = openCase("Nearby");
        String postcode = "ZE1 " + (1 + new java.util.Random().nextInt(9)) + "NZ";
        directory.postcode(postcode, 60.15, -1.15);
        livesAt(caseId, postcode);
        UUID org = directory.organisation("Nearby Org " + UUID.randomUUID());
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
                        containsString("Distance from where they live"))));
        mvc.perform(get(url).param("q", tag).param("within", "5").with(cases.as("linkworker")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Near " + tag), containsString("miles)"),
                        not(containsString("Far " + tag)), not(containsString("Online " + tag)))));
    }

    @Test
    void suggestionsMatchTheReferralsNeedsWithTheirReasonsAndLeaveOutWhatIsClosedStaleOrTooYoung() throws Exception {
        UUID caseId = openCase("Suggested");
        // far from the other tests' listings (in the far north), so only this test's listings are near
        String postcode = "ZE2 " + (1 + new java.util.Random().nextInt(9)) + "QZ";
        directory.postcode(postcode, 60.26, -1.05);
        livesAt(caseId, postcode);
        UUID org = directory.organisation("Suggest Org " + UUID.randomUUID());
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
    }

    /** A postcode district of the test's own, far from the other tests' (a ZY district does not exist). */
    static String testDistrict() {
        return "ZY" + (10 + new java.util.Random().nextInt(90));
    }

    @Test
    void suggestionsComeRunningThenFreshThenNearestFirstFromTheCentreOfAPostcodesSector() {
        String tag = UUID.randomUUID().toString().replaceAll("[^a-f]", "");
        String code = "test-" + tag;
        jdbc.sql("""
                INSERT INTO activities.taxonomy_term (id, taxonomy_id, code, name, description)
                SELECT gen_random_uuid(), taxonomy_id, ?, ?, 'For a test' FROM activities.taxonomy_term
                WHERE code = 'befriending'""").params(code, "Test " + tag).update();
        jdbc.sql("INSERT INTO activities.need_category (kind, code, category) VALUES ('GOAL', ?, ?)")
                .params(code, code).update();
        String district = testDistrict();
        directory.postcode(district + " 3AB", 58.00, -4.00);
        directory.postcode(district + " 3AD", 58.02, -4.00);
        UUID owner = directory.organisation("Order Org " + tag);
        // Named so that alphabetical order is not the order wanted.
        directory.listing(owner, "Alpha far " + tag).categories(code).at(district + " 9AA", 58.30, -4.00).create();
        directory.listing(owner, "Beta mid " + tag).categories(code).at(district + " 5AA", 58.126, -4.00).create();
        directory.listing(owner, "Delta stale near " + tag).categories(code).at(district + " 3AA", 58.011, -4.00)
                .verified(Instant.now().minus(200, ChronoUnit.DAYS)).create();
        directory.listing(owner, "Epsilon suspended near " + tag).categories(code).at(district + " 3AE", 58.012, -4.00)
                .status(ListingStatus.ACTIVE, null, Instant.now().minus(300, ChronoUnit.DAYS))
                .status(ListingStatus.SUSPENDED, "Leader away", Instant.now().minus(5, ChronoUnit.DAYS)).create();
        directory.listing(owner, "Gamma near " + tag).categories(code).at(district + " 3AF", 58.015, -4.00).create();
        directory.listing(owner, "Zeta online " + tag).categories(code).mode(DeliveryMode.ONLINE).create();
        var located = context.getBean(org.pathway.activities.directory.PostcodeLookup.class)
                .locate(district + " 3QN").orElseThrow();
        assertThat(located.centreOf()).isEqualTo(district + " 3");
        assertThat(located.point().latitude()).isCloseTo(58.01, org.assertj.core.data.Offset.offset(1e-9));
        var suggested = context.getBean(Suggestions.class).suggest(
                java.util.List.of(new Suggestions.Want("GOAL", code, "a test")), 70, located.point());
        assertThat(suggested).extracting(Suggestions.Suggestion::name).containsExactly("Gamma near " + tag,
                "Zeta online " + tag, "Beta mid " + tag, "Alpha far " + tag, "Delta stale near " + tag);
        assertThat(suggested.get(0).reasons()).contains("0.3 miles");
    }

    @Test
    void aPersonInTruroWhosePostcodeIsNotInTheLookupIsSuggestedNearListingsFirstAndTold() throws Exception {
        UUID caseId = openCase("Truro");
        // The lookup holds Truro's postcodes outside sector TR1 3; activities for loneliness near Truro and further.
        directory.truro();
        UUID org = directory.organisation("Truro Org " + UUID.randomUUID());
        String tag = UUID.randomUUID().toString().replaceAll("[^a-f]", "");
        directory.listing(org, "Truro friends " + tag).categories("befriending").at("TR1 2AB", 50.2612, -5.0558)
                .create();
        directory.listing(org, "Falmouth friends " + tag).categories("befriending").at("TR11 2AA", 50.1530, -5.0710)
                .create(); // about 8 miles south
        directory.listing(org, "Phone friends " + tag).categories("befriending").mode(DeliveryMode.PHONE).create();
        livesAt(caseId, "TR1 3QN");
        String page = mvc.perform(get("/cases/" + caseId + "/connections").with(cases.as("linkworker")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("TR1 3QN is not in our postcode lookup, so distances are measured from the centre of TR1")
                .contains("Running listings first, then those verified recently, then the nearest")
                .contains("Distance from where they live");
        // The in-person listings suggested, in order, each with its distance: nearest first, all near Truro.
        java.util.regex.Matcher m = java.util.regex.Pattern
                .compile("matches [^;<]+; ([0-9]+\\.[0-9]) miles; verified ").matcher(page);
        java.util.List<Double> miles = new java.util.ArrayList<>();
        while (m.find()) {
            miles.add(Double.parseDouble(m.group(1)));
        }
        assertThat(miles).isNotEmpty().isSorted();
        assertThat(miles.get(0)).isLessThan(10.0);
        assertThat(page).contains("Truro friends " + tag, "Falmouth friends " + tag, "Phone friends " + tag);
        assertThat(page.indexOf("Truro friends " + tag)).isLessThan(page.indexOf("Falmouth friends " + tag));
    }

    @Test
    void aSuspendedClosedOrUnverifiedListingTakesNoNewConnectionEvenWhenAskedDirectly() throws Exception {
        UUID caseId = openCase("Refused");
        String tag = "refuse" + UUID.randomUUID().toString().replaceAll("[^a-f]", "");
        UUID org = directory.organisation("Refusing Org " + tag);
        UUID suspended = directory.listing(org, "Suspended choir " + tag).directReferral()
                .status(ListingStatus.ACTIVE, null, Instant.now().minus(300, ChronoUnit.DAYS))
                .status(ListingStatus.SUSPENDED, "Hall flooded", Instant.now().minus(5, ChronoUnit.DAYS)).create();
        UUID closed = directory.listing(org, "Closed choir " + tag)
                .status(ListingStatus.ACTIVE, null, Instant.now().minus(300, ChronoUnit.DAYS))
                .status(ListingStatus.CLOSED, "Funding ended", Instant.now().minus(5, ChronoUnit.DAYS)).create();
        UUID unverified = directory.listing(org, "Unverified choir " + tag)
                .verified(Instant.now().minus(400, ChronoUnit.DAYS)).create();
        UUID running = directory.listing(org, "Running choir " + tag).create();
        for (String action : java.util.List.of("REFER", "SIGNPOST", "SUGGEST")) {
            mvc.perform(connect(caseId, suspended, action).param("consentNow", "true")).andExpect(status().isOk())
                    .andExpect(content().string(containsString("Suspended choir " + tag
                            + " is temporarily suspended (Hall flooded): it cannot take new connections")));
        }
        mvc.perform(connect(caseId, closed, "SIGNPOST")).andExpect(status().isOk())
                .andExpect(content().string(containsString("has closed for good: it cannot take new connections")));
        mvc.perform(connect(caseId, unverified, "SIGNPOST")).andExpect(status().isOk())
                .andExpect(content().string(containsString("has not been verified for over 12 months")));
        assertThat(jdbc.sql("SELECT count(*) FROM activities.connection WHERE case_id = ?").param(caseId)
                .query(Long.class).single()).isZero();
        // The case search shows why, with no buttons for it; a running listing keeps its buttons.
        String page = mvc.perform(get("/cases/" + caseId + "/connections").param("q", "Suspended choir " + tag)
                .with(cases.as("linkworker"))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Temporarily suspended", "it cannot take new connections until it runs again")
                .doesNotContain("name=\"listingId\" value=\"" + suspended + "\"");
        assertThat(mvc.perform(get("/cases/" + caseId + "/connections").param("q", "Running choir " + tag)
                .with(cases.as("linkworker"))).andReturn().getResponse().getContentAsString())
                .contains("name=\"listingId\" value=\"" + running + "\"");
        // A suggestion saved before the listing was suspended cannot be acted on afterwards.
        mvc.perform(connect(caseId, running, "SUGGEST")).andExpect(status().is3xxRedirection());
        UUID suggestion = connectionOf(caseId, running);
        mvc.perform(post("/directory/listings/" + running + "/status").param("status", "SUSPENDED")
                .param("reason", "Paused").with(csrf()).with(cases.as("admin"))).andExpect(status().is3xxRedirection());
        mvc.perform(post("/cases/" + caseId + "/connections/" + suggestion + "/status").param("status", "SIGNPOSTED")
                .with(csrf()).with(cases.as("linkworker"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("cannot take new connections")));
        assertThat(statusOf(suggestion)).isEqualTo("SUGGESTED");
    }

    @Test
    void aListingServingAnotherAreaIsConnectedOnlyOnceThePractitionerConfirms() throws Exception {
        UUID caseId = openCase("Elsewhere");
        String district = testDistrict();
        String home = district + " 4QN";
        directory.postcode(home, 57.50, -3.50);
        livesAt(caseId, home);
        String tag = "area" + UUID.randomUUID().toString().replaceAll("[^a-f]", "");
        UUID org = directory.organisation("Area Org " + tag);
        String locality = "Homeshire " + tag;
        // The person's locality is that of the nearest listing: this one.
        directory.listing(org, "Home walk " + tag).locality(locality).at(home, 57.501, -3.50).create();
        UUID away = directory.listing(org, "Away choir " + tag).locality("Awayshire " + tag)
                .at(district + " 9AA", 57.60, -3.50).create();
        UUID online = directory.listing(org, "Away online " + tag).locality("Awayshire " + tag)
                .mode(DeliveryMode.ONLINE).create();
        String page = mvc.perform(get("/cases/" + caseId + "/connections").param("q", tag).with(cases.as("linkworker")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Outside their area: serves Awayshire " + tag);
        mvc.perform(connect(caseId, away, "SIGNPOST").param("note", "Her sister drives her")).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Outside their area"),
                        containsString("Away choir " + tag + " serves Awayshire " + tag + ", not " + locality
                                + " where the person lives."),
                        containsString("name=\"outsideAreaConfirmed\" value=\"true\""),
                        containsString("value=\"Her sister drives her\""),
                        containsString("Yes, connect them anyway"))));
        assertThat(jdbc.sql("SELECT count(*) FROM activities.connection WHERE case_id = ?").param(caseId)
                .query(Long.class).single()).isZero();
        mvc.perform(connect(caseId, away, "SIGNPOST").param("note", "Her sister drives her")
                .param("outsideAreaConfirmed", "true")).andExpect(status().is3xxRedirection());
        assertThat(statusOf(connectionOf(caseId, away))).isEqualTo("SIGNPOSTED");
        // Online activities reach anyone: no question asked.
        mvc.perform(connect(caseId, online, "SIGNPOST")).andExpect(status().is3xxRedirection());
    }

    @Test
    void theProvidersListFiltersByStatusWithCountsSearchesByNameOrActivityAndKeepsItsPlaceWhenAnswered()
            throws Exception {
        String tag = UUID.randomUUID().toString().replaceAll("[^a-f]", "");
        String listingName = "Filter walk " + tag;
        UUID listing = directory.listing(providerOrganisation(), listingName).directReferral().create();
        java.util.List<UUID> connections = new java.util.ArrayList<>();
        for (String name : java.util.List.of("Penhale", "Trevithick", "Angove")) {
            UUID caseId = openCase(name + tag);
            mvc.perform(connect(caseId, listing, "REFER").param("consentNow", "true"))
                    .andExpect(status().is3xxRedirection());
            connections.add(connectionOf(caseId, listing));
        }
        String all = mvc.perform(get("/directory/connections").param("q", tag).with(cases.as("provider")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(all).contains("Waiting for your answer (3)", "All (3)", "3 referrals matching");
        // newest referral first
        assertThat(all.indexOf("Test Angove" + tag)).isLessThan(all.indexOf("Test Trevithick" + tag));
        assertThat(all.indexOf("Test Trevithick" + tag)).isLessThan(all.indexOf("Test Penhale" + tag));
        // no answer is chosen for the provider, and the reason is asked for where declining is possible
        assertThat(all).contains("<option value=\"\" selected=\"selected\">Choose your answer</option>")
                .contains("Reason or note (needed when you decline)");
        // by the person's name (with consent) or the activity
        String named = mvc.perform(get("/directory/connections").param("q", "trevithick" + tag)
                .with(cases.as("provider"))).andReturn().getResponse().getContentAsString();
        assertThat(named).contains("Test Trevithick" + tag, "1 referral matching")
                .doesNotContain("Test Penhale" + tag, "Test Angove" + tag);
        assertThat(mvc.perform(get("/directory/connections").param("q", listingName).with(cases.as("provider")))
                .andReturn().getResponse().getContentAsString()).contains("3 referrals matching");

        // Save without choosing: refused, nothing accepted, back where the provider was with the note kept
        mvc.perform(post("/directory/connections/" + connections.get(1)).param("note", "Typed first")
                .param("filter", "REFERRED").param("q", tag).param("page", "1").with(csrf()).with(cases.as("provider")))
                .andExpect(redirectedUrl("/directory/connections?status=REFERRED&q=" + tag))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash()
                        .attribute("problem", "Choose your answer before saving"))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash()
                        .attribute("failedNote", "Typed first"));
        assertThat(statusOf(connections.get(1))).isEqualTo("REFERRED");

        // Accepting from the filtered list goes back to it, with the counts moved on
        mvc.perform(post("/directory/connections/" + connections.get(1)).param("status", "ACCEPTED")
                .param("filter", "REFERRED").param("q", tag).param("page", "1").with(csrf()).with(cases.as("provider")))
                .andExpect(redirectedUrl("/directory/connections?status=REFERRED&q=" + tag));
        String waiting = mvc.perform(get("/directory/connections").param("status", "REFERRED").param("q", tag)
                .with(cases.as("provider"))).andReturn().getResponse().getContentAsString();
        assertThat(waiting).contains("Waiting for your answer (2)", "Accepted: waiting to hear if they came (1)",
                "2 referrals: waiting for your answer matching").doesNotContain("Test Trevithick" + tag);
        // In "All" the answered card stays where it was
        String after = mvc.perform(get("/directory/connections").param("q", tag).with(cases.as("provider")))
                .andReturn().getResponse().getContentAsString();
        assertThat(after.indexOf("Test Angove" + tag)).isLessThan(after.indexOf("Test Trevithick" + tag));
        assertThat(after.indexOf("Test Trevithick" + tag)).isLessThan(after.indexOf("Test Penhale" + tag));
        // the accepted card asks for no reason: declining is no longer possible
        String accepted = mvc.perform(get("/directory/connections").param("status", "ACCEPTED").param("q", tag)
                .with(cases.as("provider"))).andReturn().getResponse().getContentAsString();
        assertThat(accepted).contains("Test Trevithick" + tag, "Note (optional)")
                .doesNotContain("needed when you decline");
    }

    @Test
    void unmetNeedsShowAsGapsByCategoryAndLocalityWithSmallNumbersSuppressed() throws Exception {
        UUID caseId = openCase("Unmet");
        String locality = "Gapton " + UUID.randomUUID().toString().substring(0, 8);
        UUID caseOrganisation = caseOf(caseId).organisationId();
        connectionsLoader.load(new ConnectionsLoader.Batch(java.util.List.of(), java.util.Collections.nCopies(6,
                new ConnectionsLoader.NewUnmetNeed(caseId, caseOrganisation, "carers", locality, "PROVIDER_FULL", null,
                        Instant.now(), "test"))));
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
        GapsQueries.Gaps gaps = context.getBean(GapsQueries.class)
                .gaps(cases.user("icslead"));
        assertThat(gaps.cell("Carers", locality)).isEqualTo("6");
        assertThat(gaps.cell("Nature and green", locality)).isEqualTo("<5");
        mvc.perform(get("/directory/gaps").with(cases.as(CaseTestSupport.OTHER_MANAGER))).andExpect(status().isOk())
                .andExpect(content().string(not(containsString(locality))));
        mvc.perform(get("/directory/gaps").with(cases.as("linkworker"))).andExpect(status().isForbidden());
        mvc.perform(get("/directory/gaps").with(cases.as("provider"))).andExpect(status().isForbidden());
    }
}
