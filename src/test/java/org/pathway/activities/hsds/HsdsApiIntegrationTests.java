package org.pathway.activities.hsds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.pathway.PathwayIntegrationTest;
import org.pathway.activities.loading.DirectoryLoader;
import org.pathway.activities.ListingStatus;
import org.pathway.activities.TestDirectory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;

/** The public Open Referral UK / HSDS 3.0 API, its real responses validated against the standard's schemas. */
@PathwayIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HsdsApiIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    DirectoryLoader loader;

    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    HsdsSchemas schemas;
    String token;
    UUID organisation;
    UUID full;
    UUID suspended;
    UUID hidden;
    UUID far;
    String oldToken;
    UUID unverified;
    UUID ageing;

    @BeforeAll
    void data() {
        TestDirectory directory = new TestDirectory(loader);
        token = "hsdsq" + UUID.randomUUID().toString().substring(0, 6);
        organisation = directory.organisation("HSDS Test Trust " + token, null);
        directory.postcode("YO1 7HH", 53.9600, -1.0800);
        full = directory.listing(organisation, "Riverside " + token + " walk").description("A walk by the river")
                .categories("physical-activity", "nature").ages(18, 90).weekly(2).monthly(4, 1)
                .fortnightly(5, LocalDate.now().minusWeeks(6)).at("YO1 7HJ", 53.9610, -1.0810).create();
        suspended = directory.listing(organisation, "Choir " + token)
                .status(ListingStatus.ACTIVE, null, Instant.now().minus(300, ChronoUnit.DAYS))
                .status(ListingStatus.SUSPENDED, "Hall closed for repairs", Instant.now().minus(10, ChronoUnit.DAYS))
                .at("YO1 7HK", 53.9620, -1.0790).create();
        far = directory.listing(organisation, "Far away " + token).mode(org.pathway.activities.DeliveryMode.IN_PERSON)
                .at("YO8 9AA", 53.78, -1.07).create();
        hidden = directory.listing(organisation, "Private " + token).notPublic().create();
        // Another organisation's, so the counts by organisation above stay as they were.
        oldToken = "hsdso" + UUID.randomUUID().toString().substring(0, 6);
        UUID old = directory.organisation("HSDS Old Trust " + oldToken, null);
        unverified = directory.listing(old, "Unverified " + oldToken).verified(Instant.now().minus(400, ChronoUnit.DAYS))
                .at("YO1 7HL", 53.9615, -1.0805).create();
        ageing = directory.listing(old, "Ageing " + oldToken).verified(Instant.now().minus(300, ChronoUnit.DAYS))
                .at("YO1 7HM", 53.9605, -1.0795).create();
    }

    @BeforeEach
    void schemas() {
        schemas = HsdsSchemas.load();
    }

    JsonNode json(String url) throws Exception {
        String body = mvc.perform(get(url)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        return HsdsSchemas.JSON.readTree(body);
    }

    @Test
    void rootSaysWhichVersionAndProfileWithoutSignIn() throws Exception {
        JsonNode root = json("/hsds/");
        assertThat(root.get("version").asString()).isEqualTo("3.0");
        assertThat(root.get("profile").asString()).startsWith("https://");
        assertThat(root.get("openapi_url").asString()).startsWith("https://");
    }

    @Test
    void servicePagesHaveTheWrapperAndValidContents() throws Exception {
        JsonNode page = json("/hsds/services?search=" + token + "&per_page=2");
        assertThat(page.get("total_items").asInt()).isEqualTo(3);
        assertThat(page.get("total_pages").asInt()).isEqualTo(2);
        assertThat(page.get("page_number").asInt()).isEqualTo(1);
        assertThat(page.get("size").asInt()).isEqualTo(2);
        assertThat(page.get("first_page").asBoolean()).isTrue();
        assertThat(page.get("last_page").asBoolean()).isFalse();
        assertThat(page.get("empty").asBoolean()).isFalse();
        for (JsonNode service : page.get("contents")) {
            schemas.assertValid("service_list.json", service);
            assertThat(service.toString()).doesNotContain("null");
        }
        JsonNode second = json("/hsds/services?search=" + token + "&per_page=2&page=2");
        assertThat(second.get("size").asInt()).isEqualTo(1);
        assertThat(second.get("last_page").asBoolean()).isTrue();
        List<String> names = new ArrayList<>();
        page.get("contents").forEach(s -> names.add(s.get("name").asString()));
        second.get("contents").forEach(s -> names.add(s.get("name").asString()));
        assertThat(names).noneMatch(n -> n.startsWith("Private"));
    }

    @Test
    void unfilteredPagesFollowEveryChangeToWhatIsPublicAtOnce() throws Exception {
        long before = json("/hsds/services?per_page=50").get("total_items").asLong();
        jdbc.sql("UPDATE activities.listing SET is_public = true WHERE id = ?").param(hidden).update();
        try {
            JsonNode after = json("/hsds/services?per_page=50");
            assertThat(after.get("total_items").asLong()).isEqualTo(before + 1);
            long pages = after.get("total_pages").asLong();
            List<String> names = new ArrayList<>();
            for (int page = 1; page <= pages; page++) {
                json("/hsds/services?per_page=50&page=" + page).get("contents")
                        .forEach(s -> names.add(s.get("name").asString()));
            }
            assertThat(names).hasSize((int) (before + 1)).contains("Private " + token);
        } finally {
            jdbc.sql("UPDATE activities.listing SET is_public = false WHERE id = ?").param(hidden).update();
        }
        assertThat(json("/hsds/services?per_page=50").get("total_items").asLong()).isEqualTo(before);
    }

    @Test
    void fullServiceIsValidAgainstHsdsAndTheUkProfile() throws Exception {
        JsonNode service = json("/hsds/services/" + full);
        schemas.assertValid("service.json", service);
        schemas.assertValidUk("service.json", "service", service);
        assertThat(service.get("status").asString()).isEqualTo("active");
        assertThat(service.get("organization").get("name").asString()).contains(token);
        assertThat(service.get("schedules")).hasSize(3);
        assertThat(service.get("schedules").toString()).contains("\"byday\":\"TU\"", "\"byday\":\"1TH\"", "\"interval\":2");
        JsonNode location = service.get("service_at_locations").get(0).get("location");
        assertThat(location.get("addresses").get(0).get("postal_code").asString()).isEqualTo("YO1 7HJ");
        assertThat(location.get("latitude").asDouble()).isEqualTo(53.961);
        List<String> terms = new ArrayList<>();
        service.get("attributes").forEach(a -> terms.add(a.get("taxonomy_term").get("name").asString()));
        assertThat(terms).containsExactly("Lifestyle and physical activity", "Nature and green");
        assertThat(service.toString()).doesNotContain("null");
    }

    @Test
    void theUkProfileCheckRefusesFieldsTheProfileLeavesOut() throws Exception {
        JsonNode service = json("/hsds/services/" + full);
        ((tools.jackson.databind.node.ObjectNode) service).put("fees_description", "Free");
        schemas.assertValid("service.json", service);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> schemas.assertValidUk("service.json", "service", service))
                .isInstanceOf(AssertionError.class).hasMessageContaining("fees_description");
    }

    @Test
    void suspendedListingIsTemporarilyClosedWithItsReason() throws Exception {
        JsonNode service = json("/hsds/services/" + suspended);
        schemas.assertValid("service.json", service);
        schemas.assertValidUk("service.json", "service", service);
        assertThat(service.get("status").asString()).isEqualTo("temporarily closed");
        assertThat(service.get("alert").asString()).contains("Hall closed for repairs");
    }

    @Test
    void fullPagesNestTheServices() throws Exception {
        JsonNode page = json("/hsds/services?search=" + token + "&full=true");
        for (JsonNode service : page.get("contents")) {
            schemas.assertValid("service.json", service);
            schemas.assertValidUk("service.json", "service", service);
        }
    }

    @Test
    void filtersByTaxonomyTermOrganisationAgeDayAndModifiedDate() throws Exception {
        String nature = "6a1f0c55-7d0e-4a53-9d6e-1a0c3f9a1003";
        assertThat(names(json("/hsds/services?search=" + token + "&taxonomy_term_id=" + nature)))
                .containsExactly("Riverside " + token + " walk");
        assertThat(json("/hsds/services?organization_id=" + organisation).get("total_items").asInt()).isEqualTo(3);
        assertThat(names(json("/hsds/services?search=" + token + "&minimum_age=18"))).containsExactly("Riverside " + token + " walk");
        assertThat(names(json("/hsds/services?search=" + token + "&day=TU"))).containsExactly("Riverside " + token + " walk");
        assertThat(json("/hsds/services?search=" + token + "&modified_after=2999-01-01").get("empty").asBoolean()).isTrue();
    }

    @Test
    void serviceAtLocationsNearAPostcode() throws Exception {
        JsonNode page = json("/hsds/service_at_locations?search=" + token + "&postcode=YO17HH&proximity=2000");
        schemas.assertValid("service_at_location_list.json", page.get("contents").get(0));
        List<String> services = new ArrayList<>();
        page.get("contents").forEach(s -> services.add(s.get("service_id").asString()));
        assertThat(services).containsExactlyInAnyOrder(full.toString(), suspended.toString());
        JsonNode wider = json("/hsds/service_at_locations?search=" + token + "&postcode=yo17hh&proximity=50000");
        assertThat(wider.get("total_items").asInt()).isEqualTo(3);
        assertThat(wider.get("contents").get(2).get("service_id").asString()).isEqualTo(far.toString());
    }

    @Test
    void aPostcodeMissingFromTheLookupIsPlacedAtItsSectorsOrDistrictsCentre() throws Exception {
        // Only YO1 7HH is looked up in sector YO1 7 (the listings' own postcodes are not): YO1 7ZZ is measured from it.
        JsonNode page = json("/hsds/service_at_locations?search=" + token + "&postcode=YO1 7ZZ&proximity=2000");
        List<String> services = new ArrayList<>();
        page.get("contents").forEach(s -> services.add(s.get("service_id").asString()));
        assertThat(services).containsExactlyInAnyOrder(full.toString(), suspended.toString());
        assertThat(json("/hsds/service_at_locations?search=" + token + "&postcode=YO1 2ZZ&proximity=2000")
                .get("total_items").asInt()).isEqualTo(2);
        String body = mvc.perform(get("/hsds/service_at_locations?postcode=KW17 2XX&proximity=2000"))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(body).contains("nor its district is in the postcode lookup");
    }

    @Test
    void listingsNotVerifiedForTwelveMonthsAreWithheldFromEveryEndpoint() throws Exception {
        assertThat(names(json("/hsds/services?search=" + oldToken))).containsExactly("Ageing " + oldToken);
        mvc.perform(get("/hsds/services/" + unverified)).andExpect(status().isNotFound());
        List<String> located = new ArrayList<>();
        json("/hsds/service_at_locations?search=" + oldToken + "&postcode=YO17HH&proximity=50000").get("contents")
                .forEach(s -> located.add(s.get("service_id").asString()));
        assertThat(located).containsExactly(ageing.toString());
        long published = jdbc.sql("""
                SELECT count(*) FROM activities.listing WHERE is_public
                  AND last_verified_at >= (current_date - interval '12 months')""").query(Long.class).single();
        assertThat(json("/hsds/services?per_page=50").get("total_items").asLong()).isEqualTo(published);
    }

    /** A clock the test moves on: time passing, which changes no listing. */
    static final class MovingClock extends java.time.Clock {
        private java.time.Duration ahead = java.time.Duration.ZERO;

        void advance(java.time.Duration by) {
            ahead = ahead.plus(by);
        }

        @Override
        public java.time.ZoneId getZone() {
            return java.time.ZoneOffset.UTC;
        }

        @Override
        public java.time.Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return Instant.now().plus(ahead);
        }
    }

    @Test
    void aListingCrossingTheAgeLineWithNoChangeDropsOutOfTheCachedPublicOrder() {
        MovingClock clock = new MovingClock();
        var settings = new org.pathway.activities.directory.DirectorySettings(java.time.Period.ofMonths(6),
                java.time.Period.ofMonths(12), clock);
        HsdsQueries reads = new HsdsQueries(jdbc, settings);
        HsdsFilters all = new HsdsFilters(null, null, null, null, null, null, null, null, null, null, null, null);
        long revision = jdbc.sql("SELECT value FROM activities.revision").query(Long.class).single();
        assertThat(publishedIds(reads, all)).contains(ageing.toString());
        clock.advance(java.time.Duration.ofDays(70)); // verified 300 days ago, now 370 days ago; nothing changed
        assertThat(jdbc.sql("SELECT value FROM activities.revision").query(Long.class).single()).isEqualTo(revision);
        List<String> after = publishedIds(reads, all);
        assertThat(after).doesNotContain(ageing.toString());
        assertThat((long) after.size()).isEqualTo(jdbc.sql(
                "SELECT count(*) FROM activities.listing WHERE is_public AND last_verified_at >= ?")
                .param(java.sql.Timestamp.from(settings.withheldBefore())).query(Long.class).single());
    }

    /** Every id of the unfiltered pages, paging through them as a client would, checking the total. */
    private static List<String> publishedIds(HsdsQueries reads, HsdsFilters all) {
        List<String> ids = new ArrayList<>();
        long total = reads.services(all, 1, 500, false).total();
        for (int page = 1; (long) (page - 1) * 500 < total; page++) {
            HsdsQueries.Page p = reads.services(all, page, 500, false);
            assertThat(p.total()).isEqualTo(total);
            p.contents().forEach(s -> ids.add((String) s.get("id")));
        }
        assertThat((long) ids.size()).isEqualTo(total);
        return ids;
    }

    @Test
    void taxonomiesAndTerms() throws Exception {
        JsonNode taxonomies = json("/hsds/taxonomies");
        assertThat(taxonomies.get("contents").get(0).get("name").asString()).isEqualTo("Pathway activity categories");
        JsonNode terms = json("/hsds/taxonomy_terms?per_page=100");
        List<String> names = new ArrayList<>();
        terms.get("contents").forEach(t -> names.add(t.get("name").asString()));
        assertThat(names).contains("Befriending", "Carers", "Mental health", "Arts and culture");
        terms.get("contents").forEach(t -> assertThat(t.get("taxonomy_id").asString()).isNotBlank());
    }

    @Test
    void unknownOrPrivateIdsAre404WithAJsonError() throws Exception {
        for (String id : List.of(hidden.toString(), UUID.randomUUID().toString(), "not-an-id")) {
            String body = mvc.perform(get("/hsds/services/" + id)).andExpect(status().isNotFound())
                    .andExpect(header().string("Content-Type", org.hamcrest.Matchers.startsWith("application/json")))
                    .andReturn().getResponse().getContentAsString();
            assertThat(HsdsSchemas.JSON.readTree(body).get("status").asInt()).isEqualTo(404);
        }
        mvc.perform(get("/hsds/services?per_page=abc")).andExpect(status().isBadRequest());
        mvc.perform(get("/hsds/service_at_locations?postcode=NOTAPOSTCODE")).andExpect(status().isBadRequest());
    }

    @Test
    void corsIsOpen() throws Exception {
        mvc.perform(get("/hsds/services").header("Origin", "https://council.example.org"))
                .andExpect(status().isOk()).andExpect(header().string("Access-Control-Allow-Origin", "*"));
    }

    private static List<String> names(JsonNode page) {
        List<String> names = new ArrayList<>();
        page.get("contents").forEach(s -> names.add(s.get("name").asString()));
        return names;
    }
}
