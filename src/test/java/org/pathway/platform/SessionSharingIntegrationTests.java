package org.pathway.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.pathway.PathwayApplication;
import org.pathway.support.TestIcs;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;

/**
 * Two application nodes on one database (the first builds the test ICS, the second finds it there): a user signed in on node A is served by node B. And the store's savings
 * (decision 0012): a session whose only change is its last access is rewritten at most once a minute.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"pathway.embedded-db.ephemeral=true", "pathway.demo-data=false", "pathway.test-ics=true"})
class SessionSharingIntegrationTests {

    @LocalServerPort
    int portA;

    @Autowired
    DataSource dataSource;

    @Autowired
    Environment env;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void aSessionStartedOnOneNodeIsHonouredByAnother() throws Exception {
        HikariDataSource hikari = dataSource.unwrap(HikariDataSource.class);
        try (ConfigurableApplicationContext nodeB = new SpringApplicationBuilder(PathwayApplication.class)
                .properties("server.port=0", "spring.datasource.url=" + hikari.getJdbcUrl(),
                        "spring.datasource.username=" + hikari.getUsername(),
                        "spring.datasource.password=" + (hikari.getPassword() == null ? "" : hikari.getPassword()),
                        // Node B shares node A's database, test ICS and all: it must not build the ICS again.
                        "pathway.demo-data=false", "pathway.test-ics=false")
                .run()) {
            int portB = Integer.parseInt(nodeB.getEnvironment().getProperty("local.server.port"));

            String signedIn = signIn(portA);

            HttpResponse<String> home = http.send(get(portB, "/", signedIn), HttpResponse.BodyHandlers.ofString());
            assertThat(home.statusCode()).isEqualTo(200);
            assertThat(home.body()).contains("Link worker");

            HttpResponse<String> stranger = http.send(get(portB, "/", null), HttpResponse.BodyHandlers.ofString());
            assertThat(stranger.statusCode()).isEqualTo(302);
        }
    }

    @Test
    void anUnchangedSessionIsRewrittenAtMostOnceAMinuteAndStaysSignedIn() throws Exception {
        String signedIn = signIn(portA);
        String id = new String(java.util.Base64.getDecoder().decode(signedIn.substring(signedIn.indexOf('=') + 1)),
                StandardCharsets.UTF_8);
        var jdbc = new org.springframework.jdbc.core.JdbcTemplate(dataSource);
        String lastAccess = "SELECT last_access_time FROM spring_session WHERE session_id = ?";

        assertThat(http.send(get(portA, "/", signedIn), HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(200);
        Long first = jdbc.queryForObject(lastAccess, Long.class, id);
        // A page larger than the response buffer commits the session twice within one request.
        HttpResponse<String> big = http.send(get(portA, "/referrals/new", signedIn), HttpResponse.BodyHandlers.ofString());
        assertThat(big.statusCode()).isEqualTo(200);
        assertThat(big.body().length()).isGreaterThan(16 * 1024);
        assertThat(http.send(get(portA, "/", signedIn), HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(200);
        assertThat(jdbc.queryForObject(lastAccess, Long.class, id)).as("not rewritten within a minute").isEqualTo(first);

        long twoMinutesAgo = System.currentTimeMillis() - 120_000;
        jdbc.update("UPDATE spring_session SET last_access_time = ? WHERE session_id = ?", twoMinutesAgo, id);
        HttpResponse<String> later = http.send(get(portA, "/", signedIn), HttpResponse.BodyHandlers.ofString());
        assertThat(later.statusCode()).isEqualTo(200);
        assertThat(later.body()).contains("Link worker");
        assertThat(jdbc.queryForObject(lastAccess, Long.class, id)).as("touched again after a minute")
                .isGreaterThan(twoMinutesAgo + 60_000);
    }

    private String signIn(int port) throws Exception {
        HttpResponse<String> form = http.send(get(port, "/sign-in", null), HttpResponse.BodyHandlers.ofString());
        String cookie = sessionCookie(form);
        Matcher csrf = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(form.body());
        assertThat(csrf.find()).isTrue();
        String body = "username=linkworker&password=" + URLEncoder.encode(TestIcs.PASSWORD, StandardCharsets.UTF_8)
                + "&_csrf="
                + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8);
        HttpResponse<String> signIn = http.send(HttpRequest.newBuilder(uri(port, "/sign-in"))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Cookie", cookie)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(signIn.statusCode()).isEqualTo(302);
        assertThat(signIn.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/"));
        return signIn.headers().firstValue("Set-Cookie").map(c -> c.split(";", 2)[0]).orElse(cookie);
    }

    private static String sessionCookie(HttpResponse<?> response) {
        return response.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("PATHWAY_SESSION="))
                .map(c -> c.split(";", 2)[0])
                .findFirst().orElseThrow(() -> new AssertionError("no PATHWAY_SESSION cookie"));
    }

    private static HttpRequest get(int port, String path, String cookie) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(uri(port, path)).GET();
        if (cookie != null) {
            builder.header("Cookie", cookie);
        }
        return builder.build();
    }

    private static URI uri(int port, String path) {
        return URI.create("http://localhost:" + port + path);
    }
}
