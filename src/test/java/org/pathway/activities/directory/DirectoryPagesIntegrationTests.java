package org.pathway.activities.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.pathway.support.SignIns;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.pathway.PathwayIntegrationTest;
import org.pathway.activities.DeliveryMode;
import org.pathway.activities.ListingStatus;
import org.pathway.governance.PathwayUser;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Directory search, a listing's page, status changes, freshness and verifying, as each role sees them. */
@PathwayIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DirectoryPagesIntegrationTests {

    @Autowired
    SignIns signIns;

    static final ZoneId UK = ZoneId.of("Europe/London");

    @Autowired
    MockMvc mvc;

    @Autowired
    TestListings listings;

    @Autowired
    JdbcClient jdbc;


    TestListings directory;
    String token;
    UUID ownOrganisation;
    UUID otherOrganisation;
    UUID inName;
    UUID inDescription;
    UUID near;
    UUID farAway;
    UUID over55;
    UUID suspended;
    UUID stale;
    UUID withheld;
    UUID monthlyNotThisWeek;
    UUID others;
    UUID notPublic;

    RequestPostProcessor as(String username) {
        return signIns.as(username);
    }

    @BeforeAll
    void data() {
        directory = listings;
        token = "zq" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
        ownOrganisation = listings.providerOrganisation();
        otherOrganisation = directory.organisation("Other Trust " + token);
        directory.postcode("YO10 5DD", 53.9480, -1.0530);
        // Truro's postcodes, and an activity there (the forms' example postcode is in Truro).
        directory.truro();
        directory.listing(otherOrganisation, "Truro lunch " + token).categories("befriending").weekly(2)
                .at("TR1 2AB", 50.2615, -5.0555).create();
        LocalDate monday = LocalDate.now(UK).minusDays(LocalDate.now(UK).getDayOfWeek().getValue() - 1L);
        inName = directory.listing(ownOrganisation, "Knitting " + token + " circle").description("Yarn and chat")
                .categories("arts-culture").weekly(3).at("YO10 5DE", 53.9490, -1.0540).create();
        inDescription = directory.listing(otherOrganisation, "Craft club").description("Bring your " + token + " project")
                .categories("befriending").weekly(1).create();
        near = directory.listing(otherOrganisation, "Near walk " + token).categories("physical-activity").weekly(2)
                .at("YO10 5DF", 53.9570, -1.0530).create(); // about 0.6 miles north
        farAway = directory.listing(otherOrganisation, "Far walk " + token).categories("physical-activity").weekly(2)
                .at("YO8 9AA", 53.7800, -1.0700).create(); // about 11.6 miles south
        over55 = directory.listing(otherOrganisation, "Over 55s lunch " + token).categories("befriending").ages(55, null)
                .weekly(4).create();
        suspended = directory.listing(ownOrganisation, "Paused choir " + token).categories("arts-culture").weekly(1)
                .status(ListingStatus.ACTIVE, null, Instant.now().minus(500, ChronoUnit.DAYS))
                .status(ListingStatus.SUSPENDED, "Venue closed", Instant.now().minus(20, ChronoUnit.DAYS)).create();
        stale = directory.listing(otherOrganisation, "Stale garden " + token).categories("nature").weekly(5)
                .verified(Instant.now().minus(200, ChronoUnit.DAYS)).create();
        withheld = directory.listing(otherOrganisation, "Withheld swim " + token).categories("nature").weekly(5)
                .verified(Instant.now().minus(400, ChronoUnit.DAYS)).create();
        LocalDate day = monday.plusDays(4);
        int weekOfMonth = (day.getDayOfMonth() + 6) / 7;
        monthlyNotThisWeek = directory.listing(otherOrganisation, "Monthly cafe " + token).categories("mental-health")
                .monthly(5, weekOfMonth % 4 + 1).mode(DeliveryMode.ONLINE).create();
        others = directory.listing(otherOrganisation, "Someone else's group " + token).categories("carers").weekly(1).create();
        notPublic = directory.listing(otherOrganisation, "Staff-only drop-in " + token).notPublic().create();
    }

    String search(String query) throws Exception {
        return mvc.perform(get("/directory?" + query).with(as("linkworker"))).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString();
    }

    /** Listing names of the results, in order. */
    List<String> results(String html) {
        Matcher m = Pattern.compile("<a class=\"nhsuk-card__link\" href=\"/directory/listings/[^\"]+\">([^<]+)</a>").matcher(html);
        List<String> names = new java.util.ArrayList<>();
        while (m.find()) {
            names.add(m.group(1).replace("&#39;", "'"));
        }
        return names;
    }

    @Test
    void textSearchRanksNameMatchesFirst() throws Exception {
        List<String> names = results(search("q=" + token));
        // Every listing but one has the word in its name; the one with it only in its description comes last.
        assertThat(names).hasSizeGreaterThan(5);
        assertThat(names.get(names.size() - 1)).isEqualTo("Craft club");
        assertThat(names).doesNotContain("Withheld swim " + token);
    }

    @Test
    void categoryFilter() throws Exception {
        assertThat(results(search("q=" + token + "&category=physical-activity")))
                .containsExactlyInAnyOrder("Near walk " + token, "Far walk " + token);
    }

    @Test
    void distanceFromAPostcodeShowsMilesAndExcludesFarOnes() throws Exception {
        String html = search("q=" + token + "&postcode=yo105dd&radius=5");
        assertThat(results(html)).containsExactly("Knitting " + token + " circle", "Near walk " + token);
        assertThat(html).contains("0.6 miles away");
        assertThat(results(search("q=" + token + "&postcode=YO105DD&radius=20"))).contains("Far walk " + token);
    }

    @Test
    void ageEligibility() throws Exception {
        assertThat(results(search("q=" + token + "&age=40"))).doesNotContain("Over 55s lunch " + token);
        assertThat(results(search("q=" + token + "&age=67"))).contains("Over 55s lunch " + token);
    }

    @Test
    void runningThisWeekLeavesOutSuspendedAndMonthlySessionsInAnotherWeek() throws Exception {
        List<String> names = results(search("q=" + token + "&running=true"));
        assertThat(names).contains("Knitting " + token + " circle", "Near walk " + token)
                .doesNotContain("Paused choir " + token, "Monthly cafe " + token);
        assertThat(results(search("q=" + token + "&mode=ONLINE"))).containsExactly("Monthly cafe " + token);
    }

    @Test
    void freshnessFlagsStaleAndWithholdsOld() throws Exception {
        String html = search("q=" + token + "&category=nature");
        assertThat(results(html)).containsExactly("Stale garden " + token);
        assertThat(html).contains("Needs verifying");
        String all = search("q=" + token + "&category=nature&includeWithheld=true");
        assertThat(results(all)).contains("Withheld swim " + token);
        assertThat(all).contains("Not verified for over a year");
    }

    @Test
    void badInputIsExplainedAndKept() throws Exception {
        String html = search("q=" + token + "&age=old&postcode=NOPE&radius=5");
        assertThat(html).contains("There is a problem", "Enter age as a whole number", "Enter a real postcode",
                "value=\"old\"", "value=\"NOPE\"", "value=\"" + token + "\"");
        assertThat(search("postcode=KW172XX")).contains("We cannot place KW17 2XX: neither it nor its district KW17"
                + " is in our postcode lookup. Try a nearby postcode");
    }

    @Test
    void aPostcodeMissingFromTheLookupIsMeasuredFromItsSectorsCentreElseItsDistrictsAndThePageSaysSo() throws Exception {
        // The lookup holds YO10 5DD only in district YO10: sector YO10 5 and district YO10 are centred there.
        String sector = search("q=" + token + "&postcode=YO10 5ZZ&radius=5");
        assertThat(results(sector)).containsExactly("Knitting " + token + " circle", "Near walk " + token);
        assertThat(sector).contains("YO10 5ZZ is not in our postcode lookup, so distances are measured from the centre"
                + " of YO10 5.").contains("0.6 miles away").doesNotContain("There is a problem");
        String district = search("q=" + token + "&postcode=yo103zz&radius=5");
        assertThat(results(district)).containsExactly("Knitting " + token + " circle", "Near walk " + token);
        assertThat(district).contains("YO10 3ZZ is not in our postcode lookup, so distances are measured from the"
                + " centre of YO10.");
        assertThat(search("q=" + token + "&postcode=YO10 5DD&radius=5")).doesNotContain("not in our postcode lookup");
        // A malformed postcode is still an error, kept as typed.
        assertThat(search("postcode=YO105Z&radius=5")).contains("There is a problem", "Enter a real postcode",
                "value=\"YO105Z\"");
    }

    @Test
    void theFormsOwnExamplePostcodeInTruroFindsListingsNearTruro() throws Exception {
        // TR1 3LJ, the forms' example, and TR1 3QN, a real Truro postcode, are missing from the lookup, which holds
        // Truro's postcodes in other sectors than TR1 3.
        assertThat(TestListings.TRURO).extracting(p -> p.postcode()).noneMatch(p -> p.startsWith("TR1 3"));
        for (String postcode : List.of("TR1 3LJ", "TR1 3QN")) {
            String html = search("postcode=" + postcode + "&radius=10");
            assertThat(html).doesNotContain("There is a problem").contains(postcode
                    + " is not in our postcode lookup, so distances are measured from the centre of TR1");
            assertThat(results(html)).isNotEmpty();
            assertThat(html).containsPattern("[0-9]\\.[0-9] miles away");
        }
    }

    @Test
    void signedOutThePublicSearchesOnlyPublishedListingsThatAreNotWithheld() throws Exception {
        String html = mvc.perform(get("/directory").param("q", token).param("includeWithheld", "true"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(results(html)).contains("Knitting " + token + " circle", "Near walk " + token)
                .doesNotContain("Withheld swim " + token, "Staff-only drop-in " + token);
        // no staff links or filters, no way to ask for what is withheld
        assertThat(html).contains("Community directory", "Staff sign in")
                .doesNotContain("/directory/verify", "/directory/mine", "/directory/proposals", "/directory/import",
                        "/directory/area", "includeWithheld", "Sign out");
        // staff still see what is not published
        assertThat(results(search("q=" + token))).contains("Staff-only drop-in " + token);
    }

    @Test
    void signedOutAListingPageShowsOnlyAPublishedListingWithoutStaffDetailsOrActions() throws Exception {
        String html = mvc.perform(get("/directory/listings/" + suspended)).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString();
        assertThat(html).contains("Paused choir " + token, "Venue closed", "Test Organiser")
                .doesNotContain("01234 567890", "organiser@example.org", "Recorded by", "Change status",
                        "Mark as verified today", "Propose a change");
        mvc.perform(get("/directory/listings/" + notPublic)).andExpect(status().isNotFound());
        mvc.perform(get("/directory/listings/" + withheld)).andExpect(status().isNotFound());
        // staff actions are refused on the server: the public is sent to sign in
        mvc.perform(post("/directory/listings/" + suspended + "/verify").with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/directory/listings/" + suspended + "/status").param("status", "CLOSED").param("reason", "x")
                .with(csrf())).andExpect(status().is3xxRedirection());
        for (String page : List.of("/directory/listings/new", "/directory/listings/" + suspended + "/edit",
                "/directory/verify", "/directory/mine", "/directory/area", "/directory/connections", "/directory/gaps")) {
            mvc.perform(get(page)).andExpect(status().is3xxRedirection());
        }
        assertThat(jdbc.sql("SELECT status FROM activities.listing WHERE id = ?").param(suspended).query(String.class)
                .single()).isEqualTo("SUSPENDED");
    }

    @Test
    void listingPageShowsHistoryChartAndTable() throws Exception {
        mvc.perform(get("/directory/listings/" + suspended).with(as("linkworker"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"status-chart\"")))
                .andExpect(content().string(containsString("/vendor/chart.umd.min.js")))
                .andExpect(content().string(containsString("Venue closed")))
                .andExpect(content().string(containsString("Temporarily suspended")))
                .andExpect(content().string(not(containsString("Change status"))));
        mvc.perform(get("/directory/listings/" + UUID.randomUUID()).with(as("linkworker"))).andExpect(status().isNotFound());
    }

    @Test
    void providerChangesItsOwnListingsStatusWithAReasonKeptInHistory() throws Exception {
        UUID listing = directory.listing(ownOrganisation, "Provider's own " + token).create();
        mvc.perform(post("/directory/listings/" + listing + "/status").with(as("provider")).with(csrf())
                        .param("status", "SUSPENDED").param("reason", ""))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Give the reason")));
        mvc.perform(post("/directory/listings/" + listing + "/status").with(as("provider")).with(csrf())
                        .param("status", "SUSPENDED").param("reason", "Leader on holiday until March"))
                .andExpect(redirectedUrl("/directory/listings/" + listing));
        mvc.perform(post("/directory/listings/" + listing + "/status").with(as("provider")).with(csrf())
                        .param("status", "ONLINE_ONLY").param("reason", "Meeting on video meanwhile"))
                .andExpect(redirectedUrl("/directory/listings/" + listing));
        List<String> history = jdbc.sql("SELECT status || ':' || coalesce(reason, '') FROM activities.listing_status_change "
                + "WHERE listing_id = ? ORDER BY changed_at, id").param(listing).query(String.class).list();
        assertThat(history).containsExactly("ACTIVE:", "SUSPENDED:Leader on holiday until March",
                "ONLINE_ONLY:Meeting on video meanwhile");
        mvc.perform(get("/directory/listings/" + listing).with(as("provider")))
                .andExpect(content().string(containsString("Leader on holiday until March")))
                .andExpect(content().string(containsString("Change status")));
    }

    @Test
    void providerCannotChangeAnotherOrganisationsListing() throws Exception {
        mvc.perform(post("/directory/listings/" + others + "/status").with(as("provider")).with(csrf())
                .param("status", "CLOSED").param("reason", "Not mine")).andExpect(status().isNotFound());
        mvc.perform(post("/directory/listings/" + others + "/verify").with(as("provider")).with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(post("/directory/listings/" + others + "/status").with(as("linkworker")).with(csrf())
                .param("status", "CLOSED").param("reason", "x")).andExpect(status().isForbidden());
        assertThat(jdbc.sql("SELECT status FROM activities.listing WHERE id = ?").param(others).query(String.class).single())
                .isEqualTo("ACTIVE");
    }

    @Test
    void needsVerifyingListAndOneActionVerify() throws Exception {
        UUID mine = directory.listing(ownOrganisation, "Old own listing " + token)
                .verified(Instant.now().minus(250, ChronoUnit.DAYS)).create();
        mvc.perform(get("/directory/verify").with(as("provider"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Old own listing " + token)))
                .andExpect(content().string(not(containsString("Stale garden " + token))));
        mvc.perform(post("/directory/listings/" + mine + "/verify").param("back", "verify").with(as("provider")).with(csrf()))
                .andExpect(redirectedUrl("/directory/verify"));
        Instant verified = jdbc.sql("SELECT last_verified_at FROM activities.listing WHERE id = ?").param(mine)
                .query(java.sql.Timestamp.class).single().toInstant();
        assertThat(verified).isAfter(Instant.now().minus(1, ChronoUnit.MINUTES));
        // A service manager verifies any listing the practitioners rely on.
        mvc.perform(post("/directory/listings/" + stale + "/verify").with(as("manager")).with(csrf()))
                .andExpect(redirectedUrl("/directory/listings/" + stale));
        mvc.perform(get("/directory/verify").with(as("manager")))
                .andExpect(content().string(not(containsString("Stale garden " + token))));
        mvc.perform(post("/directory/listings/" + stale + "/verify").with(as("linkworker")).with(csrf()))
                .andExpect(status().isForbidden());
    }

    @Test
    void areaViewChartsRunningListingsByLocality() throws Exception {
        mvc.perform(get("/directory/area").with(as("icslead"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"area-chart\"")))
                .andExpect(content().string(containsString("Test locality")));
    }

    @Test
    void providerSeesItsOwnListings() throws Exception {
        mvc.perform(get("/directory/mine").with(as("provider"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Paused choir " + token)))
                .andExpect(content().string(not(containsString("Craft club"))));
    }
}
