package org.pathway.activities.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.pathway.support.SignIns;
import org.junit.jupiter.api.Test;
import org.pathway.PathwayIntegrationTest;
import org.pathway.activities.loading.DirectoryLoader;
import org.pathway.activities.TestDirectory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The HSDS feed importer (file and URL, good and bad records) and the ONS-layout postcode importer. */
@PathwayIntegrationTest
class ImportIntegrationTests {

    @Autowired
    SignIns signIns;

    static final String CARERS = "6a1f0c55-7d0e-4a53-9d6e-1a0c3f9a1008";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;


    @Autowired
    DirectoryLoader loader;

    @Autowired
    HsdsImport importer;

    RequestPostProcessor as(String username) {
        return signIns.as(username);
    }

    static String service(String id, String name, String status, String extra) {
        return """
                {"id": "%s", "name": "%s", "status": "%s", "description": "Imported for a test",
                 "organization": {"id": "org-1", "name": "Council Test Org", "description": "A council team"}%s}"""
                .formatted(id, name, status, extra);
    }

    static final String FULL = """
            , "minimum_age": 18,
            "schedules": [{"id": "s1", "freq": "WEEKLY", "byday": "WE", "opens_at": "10:00", "closes_at": "12:00"},
                          {"id": "s2", "freq": "MONTHLY", "byday": "2FR", "opens_at": "14:00:00Z", "closes_at": "15:30:00Z"}],
            "service_at_locations": [{"id": "sal1", "location": {"id": "l1", "location_type": "physical", "name": "Guildhall",
               "latitude": 50.7236, "longitude": -3.5275,
               "addresses": [{"id": "a1", "address_1": "High Street", "city": "Exeter", "state_province": "Devon",
                              "postal_code": "ex4 3eb", "country": "GB", "address_type": "physical"}]}}],
            "contacts": [{"id": "c1", "name": "Pat Council", "title": "Officer"}],
            "cost_options": [{"id": "co1", "amount": 0, "amount_description": "Free"}],
            "attributes": [{"id": "at1", "taxonomy_term_id": "%s", "taxonomy_term": {"id": "%s", "name": "Carers", "description": "Carers"}},
                           {"id": "at2", "taxonomy_term_id": "council-42", "taxonomy_term": {"id": "council-42", "name": "Council: wellbeing", "description": "Council wellbeing term"}}]"""
            .formatted(CARERS, CARERS);

    @Test
    void fileImportKeepsGoodRecordsAndReportsEachBadOneWithItsPosition() throws Exception {
        String token = "imp" + UUID.randomUUID().toString().substring(0, 8);
        String feed = "Test council " + token;
        String page = "{\"total_items\": 5, \"contents\": [" + String.join(",",
                service("svc-1", "Carers coffee " + token, "active", FULL),
                "{\"id\": \"svc-2\", \"status\": \"active\"}",
                service("svc-3", "Bad status " + token, "open", ""),
                service("svc-4", "Bad times " + token, "active",
                        ", \"schedules\": [{\"id\": \"s\", \"byday\": \"MO\", \"opens_at\": \"12:00\", \"closes_at\": \"11:00\"}]"),
                "\"not a service\"") + "]}";
        mvc.perform(multipart("/directory/import/feed").file(new MockMultipartFile("file", "council.json",
                                "application/json", page.getBytes(StandardCharsets.UTF_8)))
                        .param("feed", feed).param("url", "").with(as("admin")).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("has no name")))
                .andExpect(content().string(containsString("status &#39;open&#39; is not one of active, inactive, defunct, temporarily closed")))
                .andExpect(content().string(containsString("closes_at 11:00 is not after opens_at 12:00")))
                .andExpect(content().string(containsString("is not a JSON object")));
        List<Map<String, Object>> rejected = jdbc.sql("""
                SELECT r.page, r.position, r.external_id FROM activities.import_rejection r
                JOIN activities.import_run run ON run.id = r.run_id WHERE run.feed = ? ORDER BY r.position""")
                .param(feed).query().listOfRows();
        assertThat(rejected).extracting(r -> r.get("position")).containsExactly(1, 2, 3, 4);
        assertThat(rejected).extracting(r -> r.get("external_id")).containsExactly("svc-2", "svc-3", "svc-4", null);

        Map<String, Object> listing = jdbc.sql("""
                SELECT l.id, l.status, l.min_age, l.free, l.source_feed, l.external_id, l.imported_at, o.name AS org,
                       (SELECT count(*) FROM activities.schedule s WHERE s.listing_id = l.id) AS schedules,
                       (SELECT postcode FROM activities.location x WHERE x.listing_id = l.id) AS postcode,
                       (SELECT string_agg(t.name, ',' ORDER BY t.name) FROM activities.listing_term lt
                          JOIN activities.taxonomy_term t ON t.id = lt.term_id WHERE lt.listing_id = l.id) AS terms
                FROM activities.listing l JOIN activities.organisation o ON o.id = l.organisation_id
                WHERE l.source_feed = ? AND l.external_id = 'svc-1'""").param(feed).query().singleRow();
        assertThat(listing).containsEntry("status", "ACTIVE").containsEntry("min_age", 18).containsEntry("free", true)
                .containsEntry("org", "Council Test Org").containsEntry("schedules", 2L).containsEntry("postcode", "EX4 3EB")
                .containsEntry("terms", "Carers,Council: wellbeing");
        assertThat(listing.get("imported_at")).isNotNull();

        // Imported again with a new status: updated in place, the change kept in its history.
        String again = "[" + service("svc-1", "Carers coffee " + token, "temporarily closed",
                FULL + ", \"alert\": \"Closed for the holidays\"") + "]";
        mvc.perform(multipart("/directory/import/feed").file(new MockMultipartFile("file", "council.json",
                        "application/json", again.getBytes(StandardCharsets.UTF_8)))
                        .param("feed", feed).param("url", "").with(as("admin")).with(csrf()))
                .andExpect(status().isOk());
        assertThat(jdbc.sql("SELECT count(*) FROM activities.listing WHERE source_feed = ?").param(feed)
                .query(Long.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("SELECT status || ':' || coalesce(reason, '') FROM activities.listing_status_change "
                        + "WHERE listing_id = ? ORDER BY changed_at, id").param(listing.get("id")).query(String.class).list())
                .containsExactly("ACTIVE:", "SUSPENDED:Closed for the holidays");
        mvc.perform(get("/directory/listings/" + listing.get("id")).with(as("linkworker")))
                .andExpect(content().string(containsString(feed)));
    }

    @Test
    void urlImportFollowsPagesAndFetchesFullRecords() throws Exception {
        String token = "url" + UUID.randomUUID().toString().substring(0, 8);
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        Map<String, String> responses = Map.of(
                "/feed/services?page=1", "{\"total_items\": 3, \"total_pages\": 2, \"page_number\": 1, \"last_page\": false, "
                        + "\"contents\": [{\"id\": \"u-1\", \"name\": \"Listed only\", \"status\": \"active\"},"
                        + service("u-2", "Full on page " + token, "defunct", "") + "]}",
                "/feed/services?page=2", "{\"total_items\": 3, \"total_pages\": 2, \"page_number\": 2, \"last_page\": true, "
                        + "\"contents\": [" + service("u-3", "Too young " + token, "active",
                        ", \"minimum_age\": 40, \"maximum_age\": 20") + "]}",
                "/feed/services/u-1", service("u-1", "Fetched in full " + token, "active", FULL));
        server.createContext("/", exchange -> {
            String path = exchange.getRequestURI().getPath();
            String query = exchange.getRequestURI().getQuery();
            String key = query == null ? path : path + "?" + query.replaceAll("&.*", "");
            String body = responses.get(key);
            byte[] bytes = (body == null ? "{}" : body).getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(body == null ? 404 : 200, bytes.length);
            exchange.getResponseBody().write(bytes);
            exchange.close();
        });
        server.start();
        try {
            String base = "http://127.0.0.1:" + server.getAddress().getPort() + "/feed";
            HsdsImport.Report report = importer.fromUrl(base, "Web feed " + token, "Test");
            assertThat(report.failure()).isNull();
            assertThat(report.pages()).isEqualTo(2);
            assertThat(report.created()).isEqualTo(2);
            assertThat(report.rejections()).containsExactly(new HsdsImport.Rejection(2, 0, "u-3",
                    "minimum_age 40 is above maximum_age 20"));
            assertThat(jdbc.sql("SELECT name || ':' || status FROM activities.listing WHERE source_feed = ? ORDER BY name")
                    .param("Web feed " + token).query(String.class).list())
                    .containsExactly("Fetched in full " + token + ":ACTIVE", "Full on page " + token + ":CLOSED");
            HsdsImport.Report unreachable = importer.fromUrl("http://127.0.0.1:" + server.getAddress().getPort() + "/nothing",
                    "Broken " + token, "Test");
            assertThat(unreachable.failure()).contains("HTTP 404");
        } finally {
            server.stop(0);
        }
    }

    @Test
    void pathwaysOwnHsdsOutputImportsBack() throws Exception {
        String token = "rt" + UUID.randomUUID().toString().substring(0, 8);
        TestDirectory directory = new TestDirectory(loader);
        UUID org = directory.organisation("Round trip org " + token, null);
        directory.listing(org, "Round trip " + token).categories("nature").weekly(3).monthly(2, 3)
                .at("EX1 1AA", 50.72, -3.52).create();
        String page = mvc.perform(get("/hsds/services?full=true&search=" + token)).andReturn().getResponse()
                .getContentAsString();
        HsdsImport.Report report = importer.fromFile(page.getBytes(StandardCharsets.UTF_8), "own.json", "Own " + token, "Test");
        assertThat(report.rejections()).isEmpty();
        assertThat(report.created()).isEqualTo(1);
        assertThat(jdbc.sql("""
                SELECT (SELECT count(*) FROM activities.schedule s WHERE s.listing_id = l.id)
                FROM activities.listing l WHERE l.source_feed = ?""").param("Own " + token).query(Long.class).single())
                .isEqualTo(2);
    }

    @Test
    void postcodeFileInTheOnsLayoutReportsBadRowsByLine() throws Exception {
        String csv = """
                pcd,pcd2,pcds,dointr,doterm,oscty,lat,long,lsoa21
                TQ1 1AA,TQ1  1AA,TQ1 1AA,199906,,E10000008,50.461234,-3.525432,E01015100
                TQ1 1AB,TQ1  1AB,NOT A CODE,199906,,E10000008,50.46,-3.52,E01015100
                TQ1 1AD,TQ1  1AD,TQ1 1AD,199906,,E10000008,99.999999,0.000000,
                TQ1 1AE,TQ1  1AE,TQ1 1AE,199906,,E10000008,north,-3.52,E01015100
                TQ1 1AF,TQ1  1AF,TQ1 1AF,199906
                tq11ag,TQ1  1AG,tq11ag,199906,,E10000008,50.47,-3.53,E01015100
                """;
        mvc.perform(multipart("/directory/import/postcodes").file(new MockMultipartFile("file", "onspd.csv", "text/csv",
                        csv.getBytes(StandardCharsets.UTF_8))).with(as("admin")).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("2 postcodes loaded from 6 rows; 4 rows rejected.")))
                .andExpect(content().string(containsString("postcode &#39;NOT A CODE&#39; is not a UK postcode")))
                .andExpect(content().string(containsString("TQ1 1AD has no grid reference")))
                .andExpect(content().string(containsString("is not a number")))
                .andExpect(content().string(containsString("has 4 columns, the header has 9")));
        assertThat(jdbc.sql("SELECT latitude FROM activities.postcode WHERE postcode = 'TQ1 1AG'").query(Double.class).single())
                .isEqualTo(50.47);
        mvc.perform(multipart("/directory/import/postcodes").file(new MockMultipartFile("file", "bad.csv", "text/csv",
                        "postcode,x,y\nTQ1 1AA,1,2\n".getBytes(StandardCharsets.UTF_8))).with(as("admin")).with(csrf()))
                .andExpect(content().string(containsString("needs the ONS Postcode Directory columns pcds, lat and long")));
        PostcodeImport.Report report = postcodeLines(csv);
        assertThat(report.badRows()).extracting(PostcodeImport.BadRow::line).containsExactly(3L, 4L, 5L, 6L);
    }

    @Autowired
    PostcodeImport postcodes;

    PostcodeImport.Report postcodeLines(String csv) throws Exception {
        return postcodes.load(new java.io.StringReader(csv), "again.csv");
    }

    @Test
    void onlyAdministratorsImport() throws Exception {
        mvc.perform(get("/directory/import").with(as("manager"))).andExpect(status().isForbidden());
        mvc.perform(get("/directory/import").with(as("admin"))).andExpect(status().isOk());
        mvc.perform(multipart("/directory/import/feed").param("feed", "x").param("url", "ftp://nope")
                        .with(as("admin")).with(csrf()))
                .andExpect(content().string(containsString("Enter a web address starting with http:// or https://")))
                .andExpect(content().string(containsString("value=\"ftp://nope\"")));
    }
}
