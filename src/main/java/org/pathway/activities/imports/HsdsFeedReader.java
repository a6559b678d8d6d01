package org.pathway.activities.imports;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads the services of an HSDS 3.0 feed, one by one, into a {@link Services}: from a URL, following its
 * {@code /services} pages and fetching a service's full record when a page holds only its one-to-one fields; or from
 * an uploaded file (a page, an array of services or one service). What is done with each service is not its job.
 */
@Component
class HsdsFeedReader {

    static final int PER_PAGE = 100;
    static final int MAX_PAGES = 2000;
    static final int MAX_BYTES = 20 * 1024 * 1024;

    /** Where the services read go, each with its page (from 1) and index on the page (from 0). */
    interface Services {

        void pageRead();

        void service(int page, int index, JsonNode service);

        /** A service listed on a page whose full record could not be read. */
        void unreadable(int page, int index, String externalId, String reason);
    }

    /** The feed or file as a whole could not be read; the message says why, in the report's words. */
    static final class Unreadable extends Exception {
        Unreadable(String message) {
            super(message, null, false, false);
        }
    }

    private final JsonMapper json = JsonMapper.builder().build();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
            .followRedirects(HttpClient.Redirect.NORMAL).build();

    /** Reads from a feed's base URL (or its {@code /services} URL), page after page until the last. */
    void fromUrl(String url, Services services) throws Unreadable, InterruptedException {
        try {
            URI base = URI.create(url.strip());
            if (!"http".equals(base.getScheme()) && !"https".equals(base.getScheme())) {
                throw new IOException("The address must start with http:// or https://");
            }
            String endpoint = base.toString().replaceAll("/+$", "");
            if (!endpoint.endsWith("/services")) {
                endpoint = endpoint + "/services";
            }
            for (int page = 1; page <= MAX_PAGES; page++) {
                JsonNode body = json.readTree(get(endpoint + "?page=" + page + "&per_page=" + PER_PAGE + "&full=true"));
                services.pageRead();
                JsonNode contents = body.isArray() ? body : body.get("contents");
                if (contents == null || !contents.isArray()) {
                    throw new IOException("Page " + page + " is not an HSDS page: it has no contents array");
                }
                for (int i = 0; i < contents.size(); i++) {
                    JsonNode service = contents.get(i);
                    if (service.isObject() && needsDetail(service) && service.hasNonNull("id")) {
                        try {
                            service = json.readTree(get(endpoint + "/" + service.get("id").asString()));
                        } catch (IOException | JacksonException e) {
                            services.unreadable(page, i, HsdsParser.text(service, "id"),
                                    "its full record could not be read: " + e.getMessage());
                            continue;
                        }
                    }
                    services.service(page, i, service);
                }
                boolean last = body.isArray() || contents.isEmpty() || body.path("last_page").asBoolean(false)
                        || (body.has("total_pages") && page >= body.get("total_pages").asInt());
                if (last) {
                    break;
                }
            }
        } catch (IOException | IllegalArgumentException | JacksonException e) {
            throw new Unreadable("The feed could not be read: " + e.getMessage());
        }
    }

    /** Reads an uploaded file: an HSDS page ({@code contents}), an array of services, or one service. */
    void fromFile(byte[] content, Services services) throws Unreadable {
        JsonNode body;
        try {
            body = json.readTree(new String(content, StandardCharsets.UTF_8));
        } catch (JacksonException e) {
            throw new Unreadable("The file is not valid JSON: " + e.getOriginalMessage());
        }
        services.pageRead();
        JsonNode contents = body.isArray() ? body : body.has("contents") ? body.get("contents") : null;
        if (contents == null && body.isObject() && body.has("id")) {
            services.service(1, 0, body);
        } else if (contents == null || !contents.isArray()) {
            throw new Unreadable("The file is not an HSDS page, array of services or service");
        } else {
            for (int i = 0; i < contents.size(); i++) {
                services.service(1, i, contents.get(i));
            }
        }
    }

    private String get(String url) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30))
                .header("Accept", "application/json").GET().build();
        HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        if (response.statusCode() != 200) {
            throw new IOException(url + " answered HTTP " + response.statusCode());
        }
        if (response.body().length > MAX_BYTES) {
            throw new IOException(url + " is larger than " + MAX_BYTES / (1024 * 1024) + " MB");
        }
        return new String(response.body(), StandardCharsets.UTF_8);
    }

    /** A page entry with only the service's one-to-one fields (the feed ignored {@code full=true}). */
    private static boolean needsDetail(JsonNode service) {
        return !service.has("organization") && !service.has("service_at_locations") && !service.has("schedules")
                && !service.has("attributes");
    }
}
