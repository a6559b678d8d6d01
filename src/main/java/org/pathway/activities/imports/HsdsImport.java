package org.pathway.activities.imports;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.pathway.activities.DeliveryMode;
import org.pathway.activities.Frequency;
import org.pathway.activities.ListingStatus;
import org.pathway.governance.AuditLog;
import org.pathway.shared.Postcode;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Imports an Open Referral UK / HSDS 3.0 feed: from a URL (its {@code /services} pages, fetching a service's full
 * record when a page holds only its one-to-one fields) or from an uploaded file (a page, an array of services or
 * one service). Services are upserted by (feed, id) with provenance; organisations likewise. Every record that
 * cannot be taken is reported with its page, its index on the page and why; the good ones are kept.
 */
@Service
class HsdsImport {

    static final int PER_PAGE = 100;
    static final int MAX_PAGES = 2000;
    static final int MAX_BYTES = 20 * 1024 * 1024;
    private static final List<String> DAYS = List.of("MO", "TU", "WE", "TH", "FR", "SA", "SU");

    private final JdbcClient jdbc;
    private final TransactionTemplate tx;
    private final AuditLog audit;
    private final Clock clock;
    private final JsonMapper json = JsonMapper.builder().build();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
            .followRedirects(HttpClient.Redirect.NORMAL).build();

    HsdsImport(JdbcClient jdbc, TransactionTemplate tx, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.tx = tx;
        this.audit = audit;
        this.clock = clock;
    }

    record Rejection(int page, int index, String externalId, String reason) {}

    record Report(UUID runId, String feed, int pages, int created, int updated, List<Rejection> rejections,
            String failure) {

        public int imported() {
            return created + updated;
        }
    }

    /** A record the importer refuses, with the reason the report gives. */
    static final class Rejected extends Exception {
        Rejected(String reason) {
            super(reason, null, false, false);
        }
    }

    private final class Run {
        final UUID id = UUID.randomUUID();
        final String feed;
        final String by;
        int pages;
        int created;
        int updated;
        final List<Rejection> rejections = new ArrayList<>();

        Run(String feed, String by) {
            this.feed = feed;
            this.by = by;
        }
    }

    /** Imports from a feed's base URL (or its {@code /services} URL), following the pages. */
    Report fromUrl(String url, String feedName, String by) {
        String feed = feedName == null || feedName.isBlank() ? url.strip() : feedName.strip();
        Run run = start(feed, "url: " + url, by);
        String failure = null;
        try {
            URI base = URI.create(url.strip());
            if (!"http".equals(base.getScheme()) && !"https".equals(base.getScheme())) {
                throw new IOException("The address must start with http:// or https://");
            }
            String services = base.toString().replaceAll("/+$", "");
            if (!services.endsWith("/services")) {
                services = services + "/services";
            }
            for (int page = 1; page <= MAX_PAGES; page++) {
                JsonNode body = json.readTree(get(services + "?page=" + page + "&per_page=" + PER_PAGE + "&full=true"));
                run.pages++;
                JsonNode contents = body.isArray() ? body : body.get("contents");
                if (contents == null || !contents.isArray()) {
                    throw new IOException("Page " + page + " is not an HSDS page: it has no contents array");
                }
                for (int i = 0; i < contents.size(); i++) {
                    JsonNode service = contents.get(i);
                    if (service.isObject() && needsDetail(service) && service.hasNonNull("id")) {
                        try {
                            service = json.readTree(get(services + "/" + service.get("id").asString()));
                        } catch (IOException | JacksonException e) {
                            run.rejections.add(new Rejection(page, i, text(service, "id"),
                                    "its full record could not be read: " + e.getMessage()));
                            continue;
                        }
                    }
                    take(run, page, i, service);
                }
                boolean last = body.isArray() || contents.isEmpty() || body.path("last_page").asBoolean(false)
                        || (body.has("total_pages") && page >= body.get("total_pages").asInt());
                if (last) {
                    break;
                }
            }
        } catch (IOException | IllegalArgumentException | JacksonException e) {
            failure = "The feed could not be read: " + e.getMessage();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            failure = "The import was interrupted";
        }
        return finish(run, failure);
    }

    /** Imports an uploaded file: an HSDS page ({@code contents}), an array of services, or one service. */
    Report fromFile(byte[] content, String fileName, String feedName, String by) {
        String feed = feedName == null || feedName.isBlank() ? "file: " + fileName : feedName.strip();
        Run run = start(feed, "file: " + fileName, by);
        String failure = null;
        try {
            JsonNode body = json.readTree(new String(content, StandardCharsets.UTF_8));
            run.pages = 1;
            JsonNode contents = body.isArray() ? body : body.has("contents") ? body.get("contents") : null;
            if (contents == null && body.isObject() && body.has("id")) {
                take(run, 1, 0, body);
            } else if (contents == null || !contents.isArray()) {
                failure = "The file is not an HSDS page, array of services or service";
            } else {
                for (int i = 0; i < contents.size(); i++) {
                    take(run, 1, i, contents.get(i));
                }
            }
        } catch (JacksonException e) {
            failure = "The file is not valid JSON: " + e.getOriginalMessage();
        }
        return finish(run, failure);
    }

    private Run start(String feed, String source, String by) {
        Run run = new Run(feed, by);
        jdbc.sql("""
                INSERT INTO activities.import_run (id, source, feed, started_at, started_by) VALUES (?, ?, ?, ?, ?)""")
                .params(run.id, source, feed, Timestamp.from(clock.instant()), by).update();
        return run;
    }

    private Report finish(Run run, String failure) {
        jdbc.sql("""
                UPDATE activities.import_run SET finished_at = ?, imported = ?, rejected = ?, failure = ? WHERE id = ?""")
                .params(Timestamp.from(clock.instant()), run.created + run.updated, run.rejections.size(), failure, run.id)
                .update();
        for (Rejection r : run.rejections) {
            jdbc.sql("""
                    INSERT INTO activities.import_rejection (run_id, page, position, external_id, reason)
                    VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING""")
                    .params(run.id, r.page(), r.index(), r.externalId(), r.reason()).update();
        }
        audit.changed("directory-import", run.id.toString(), run.feed + ": " + run.created + " created, " + run.updated
                + " updated, " + run.rejections.size() + " rejected" + (failure == null ? "" : ", failed"));
        return new Report(run.id, run.feed, run.pages, run.created, run.updated, List.copyOf(run.rejections), failure);
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

    private static boolean needsDetail(JsonNode service) {
        return !service.has("organization") && !service.has("service_at_locations") && !service.has("schedules")
                && !service.has("attributes");
    }

    // ---- one record ----

    private record Parsed(String externalId, String name, String description, String url, String email,
            ListingStatus status, String reason, Integer minAge, Integer maxAge, String cost, boolean free,
            String area, String locality, String accessibility, Instant verified, DeliveryMode mode,
            OrgRef organisation, List<ScheduleRow> schedules, List<LocationRow> locations, List<ContactRow> contacts,
            List<TermRef> terms) {}

    private record OrgRef(String externalId, String name, String description, String website, String email) {}

    private record ScheduleRow(int weekday, LocalTime opens, LocalTime closes, Frequency frequency, LocalDate anchor,
            Integer weekOfMonth) {}

    private record LocationRow(String name, String address, String city, String postcode, Double latitude,
            Double longitude) {}

    private record ContactRow(String name, String title, String email) {}

    private record TermRef(String id, String name, String description) {}

    private void take(Run run, int page, int index, JsonNode node) {
        String externalId = node != null && node.isObject() ? text(node, "id") : null;
        try {
            Parsed parsed = parse(node);
            boolean created = Boolean.TRUE.equals(tx.execute(status -> store(run, parsed)));
            if (created) {
                run.created++;
            } else {
                run.updated++;
            }
        } catch (Rejected e) {
            run.rejections.add(new Rejection(page, index, externalId, e.getMessage()));
        } catch (DataAccessException e) {
            String cause = e.getMostSpecificCause().getMessage();
            run.rejections.add(new Rejection(page, index, externalId, "could not be stored: "
                    + (cause == null ? e.getClass().getSimpleName() : cause.lines().findFirst().orElse(cause))));
        }
    }

    private Parsed parse(JsonNode s) throws Rejected {
        if (s == null || !s.isObject()) {
            throw new Rejected("is not a JSON object");
        }
        String id = text(s, "id");
        if (id == null) {
            throw new Rejected("has no id");
        }
        String name = text(s, "name");
        if (name == null) {
            throw new Rejected("has no name");
        }
        if (name.length() > 300) {
            throw new Rejected("name is longer than 300 characters");
        }
        String statusText = text(s, "status");
        if (statusText == null) {
            throw new Rejected("has no status");
        }
        ListingStatus status;
        try {
            status = ListingStatus.fromHsds(statusText);
        } catch (IllegalArgumentException e) {
            throw new Rejected(e.getMessage());
        }
        String reason = text(s, "alert");
        if (reason == null && "inactive".equals(statusText)) {
            reason = "Inactive in the source directory";
        }
        Integer minAge = age(s, "minimum_age");
        Integer maxAge = age(s, "maximum_age");
        if (minAge != null && maxAge != null && minAge > maxAge) {
            throw new Rejected("minimum_age " + minAge + " is above maximum_age " + maxAge);
        }
        OrgRef organisation = organisation(s);
        List<ScheduleRow> schedules = new ArrayList<>();
        JsonNode scheduleNodes = s.path("schedules");
        for (int i = 0; i < scheduleNodes.size(); i++) {
            schedules.add(schedule(scheduleNodes.get(i), i + 1));
        }
        List<LocationRow> locations = new ArrayList<>();
        String locality = null;
        String accessibility = null;
        JsonNode sals = s.path("service_at_locations");
        for (int i = 0; i < sals.size(); i++) {
            JsonNode location = sals.get(i).path("location");
            if ("virtual".equals(text(location, "location_type"))) {
                continue;
            }
            JsonNode address = location.path("addresses").path(0);
            String address1 = text(address, "address_1");
            String city = text(address, "city");
            String postcode = text(address, "postal_code");
            if (address1 == null || city == null || postcode == null) {
                throw new Rejected("location " + (i + 1) + " has no address (address_1, city and postal_code are needed)");
            }
            if (!Postcode.isValid(postcode)) {
                throw new Rejected("location " + (i + 1) + " postcode '" + postcode + "' is not a UK postcode");
            }
            Double lat = number(location, "latitude");
            Double lon = number(location, "longitude");
            if ((lat != null && (lat < -90 || lat > 90)) || (lon != null && (lon < -180 || lon > 180))) {
                throw new Rejected("location " + (i + 1) + " has latitude or longitude out of range");
            }
            if (lat == null || lon == null) {
                Optional<double[]> point = jdbc.sql("SELECT latitude, longitude FROM activities.postcode WHERE postcode = ?")
                        .param(Postcode.normalise(postcode))
                        .query((rs, n) -> new double[] {rs.getDouble(1), rs.getDouble(2)}).optional();
                lat = point.map(p -> p[0]).orElse(null);
                lon = point.map(p -> p[1]).orElse(null);
            }
            locations.add(new LocationRow(text(location, "name"), address1, city, Postcode.normalise(postcode), lat, lon));
            if (locality == null) {
                locality = text(address, "state_province");
            }
            JsonNode acc = location.path("accessibility").path(0);
            if (accessibility == null) {
                accessibility = text(acc, "description") != null ? text(acc, "description") : text(acc, "accessibility");
            }
        }
        List<ContactRow> contacts = new ArrayList<>();
        for (JsonNode c : s.path("contacts")) {
            if (text(c, "name") != null) {
                contacts.add(new ContactRow(text(c, "name"), text(c, "title"), text(c, "email")));
            }
        }
        List<TermRef> terms = new ArrayList<>();
        for (JsonNode a : s.path("attributes")) {
            JsonNode term = a.path("taxonomy_term");
            String termId = text(term, "id") != null ? text(term, "id") : text(a, "taxonomy_term_id");
            if (termId != null && text(term, "name") != null) {
                terms.add(new TermRef(termId, text(term, "name"), text(term, "description")));
            } else if (termId != null && known(termId)) {
                terms.add(new TermRef(termId, null, null));
            }
        }
        String cost = null;
        boolean free = false;
        for (JsonNode c : s.path("cost_options")) {
            Double amount = number(c, "amount");
            if (amount != null && amount == 0) {
                free = true;
            } else if (text(c, "amount_description") != null) {
                cost = text(c, "amount_description");
            }
        }
        if (!free && cost == null && "free".equalsIgnoreCase(String.valueOf(text(s, "fees")))) {
            free = true;
        }
        String area = null;
        JsonNode areaNode = s.path("service_areas").path(0);
        if (!areaNode.isMissingNode()) {
            area = text(areaNode, "service_area") != null ? text(areaNode, "service_area") : text(areaNode, "name");
        }
        Instant verified = date(text(s, "assured_date"));
        if (verified == null) {
            verified = date(text(s, "last_modified"));
        }
        if (verified == null) {
            verified = clock.instant();
        }
        DeliveryMode mode = !locations.isEmpty() ? DeliveryMode.IN_PERSON
                : s.path("schedules").toString().contains("phone") ? DeliveryMode.PHONE : DeliveryMode.ONLINE;
        return new Parsed(id, name, text(s, "description"), text(s, "url"), text(s, "email"), status,
                status == ListingStatus.ACTIVE ? null : reason, minAge, maxAge, cost, free, area, locality, accessibility,
                verified, mode, organisation, schedules, locations, contacts, terms);
    }

    private OrgRef organisation(JsonNode s) throws Rejected {
        JsonNode o = s.path("organization");
        if (o.isObject() && text(o, "id") != null && text(o, "name") != null) {
            return new OrgRef(text(o, "id"), text(o, "name"), text(o, "description"), text(o, "website"), text(o, "email"));
        }
        String orgId = text(s, "organization_id");
        if (orgId == null) {
            throw new Rejected("has no organization or organization_id");
        }
        return new OrgRef(orgId, null, null, null, null);
    }

    private ScheduleRow schedule(JsonNode node, int n) throws Rejected {
        String byday = text(node, "byday");
        if (byday == null) {
            throw new Rejected("schedule " + n + " has no byday");
        }
        String first = byday.split(",")[0].strip().toUpperCase(Locale.ROOT);
        String day = first.replaceAll("^[-+]?\\d+", "");
        int weekday = DAYS.indexOf(day) + 1;
        if (weekday == 0) {
            throw new Rejected("schedule " + n + " byday '" + byday + "' is not a day such as MO or 2TU");
        }
        String freq = text(node, "freq") == null ? "WEEKLY" : text(node, "freq");
        Frequency frequency;
        Integer weekOfMonth = null;
        LocalDate anchor = null;
        if ("MONTHLY".equals(freq)) {
            frequency = Frequency.MONTHLY;
            String ordinal = first.substring(0, first.length() - day.length());
            weekOfMonth = ordinal.isEmpty() ? 1 : Integer.parseInt(ordinal.replace("+", ""));
            if (weekOfMonth < 1 || weekOfMonth > 5) {
                throw new Rejected("schedule " + n + " byday '" + byday + "': Pathway keeps the 1st to 5th weekday of a month");
            }
        } else if ("WEEKLY".equals(freq)) {
            int interval = node.path("interval").asInt(1);
            if (interval != 1 && interval != 2) {
                throw new Rejected("schedule " + n + " repeats every " + interval + " weeks: Pathway keeps weekly or fortnightly");
            }
            frequency = interval == 2 ? Frequency.FORTNIGHTLY : Frequency.WEEKLY;
            if (frequency == Frequency.FORTNIGHTLY) {
                Instant start = date(text(node, "dtstart"));
                anchor = start == null ? null : start.atZone(ZoneOffset.UTC).toLocalDate();
                if (anchor != null) {
                    anchor = anchor.plusDays(Math.floorMod(weekday - anchor.getDayOfWeek().getValue(), 7));
                }
            }
        } else {
            throw new Rejected("schedule " + n + " freq '" + freq + "' is not WEEKLY or MONTHLY");
        }
        LocalTime opens = time(text(node, "opens_at"), n, "opens_at");
        LocalTime closes = time(text(node, "closes_at"), n, "closes_at");
        if (!opens.isBefore(closes)) {
            throw new Rejected("schedule " + n + " closes_at " + closes + " is not after opens_at " + opens);
        }
        return new ScheduleRow(weekday, opens, closes, frequency, anchor, weekOfMonth);
    }

    private static LocalTime time(String text, int n, String field) throws Rejected {
        if (text == null) {
            throw new Rejected("schedule " + n + " has no " + field);
        }
        String t = text.replaceAll("(Z|[+-]\\d{2}:?\\d{2})$", "");
        try {
            return LocalTime.parse(t.length() == 5 ? t : t.substring(0, Math.min(t.length(), 8)));
        } catch (DateTimeParseException e) {
            throw new Rejected("schedule " + n + " " + field + " '" + text + "' is not a time like 10:00");
        }
    }

    private Integer age(JsonNode s, String field) throws Rejected {
        JsonNode v = s.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isNumber() || v.asDouble() < 0 || v.asDouble() > 130) {
            throw new Rejected(field + " '" + v + "' is not an age between 0 and 130");
        }
        return (int) Math.floor(v.asDouble());
    }

    private boolean known(String termId) {
        try {
            return jdbc.sql("SELECT count(*) FROM activities.taxonomy_term WHERE id = ?").param(UUID.fromString(termId))
                    .query(Long.class).single() > 0;
        } catch (IllegalArgumentException notUuid) {
            return false;
        }
    }

    // ---- storing ----

    /** Upserts the listing and its parts; true when it was new. */
    private boolean store(Run run, Parsed p) {
        Instant now = clock.instant();
        Timestamp nowTs = Timestamp.from(now);
        UUID organisation = organisationId(run, p.organisation(), nowTs);
        Optional<Existing> existing = jdbc.sql("""
                SELECT id, status FROM activities.listing WHERE source_feed = ? AND external_id = ? FOR UPDATE""")
                .params(run.feed, p.externalId())
                .query((rs, n) -> new Existing(rs.getObject(1, UUID.class), ListingStatus.valueOf(rs.getString(2)))).optional();
        UUID id = existing.map(Existing::id).orElseGet(UUID::randomUUID);
        var params = new java.util.HashMap<String, Object>();
        params.put("id", id);
        params.put("organisation", organisation);
        params.put("name", p.name());
        params.put("description", p.description() == null ? "" : p.description());
        params.put("url", p.url());
        params.put("email", p.email());
        params.put("cost", p.cost());
        params.put("free", p.free());
        params.put("mode", p.mode().name());
        params.put("minAge", p.minAge());
        params.put("maxAge", p.maxAge());
        params.put("area", p.area());
        params.put("locality", p.locality());
        params.put("accessibility", p.accessibility());
        params.put("status", p.status().name());
        params.put("reason", p.reason());
        params.put("verified", Timestamp.from(p.verified()));
        params.put("now", nowTs);
        params.put("feed", run.feed);
        params.put("external", p.externalId());
        if (existing.isEmpty()) {
            jdbc.sql("""
                    INSERT INTO activities.listing (id, organisation_id, name, description, url, email, cost, free,
                        delivery_mode, min_age, max_age, area, locality, accessibility, referral_route, is_public, status,
                        status_reason, status_changed_at, last_verified_at, created_at, updated_at, source_feed,
                        external_id, imported_at)
                    VALUES (:id, :organisation, :name, :description, :url, :email, :cost, :free, :mode, :minAge, :maxAge,
                        :area, :locality, :accessibility, 'SIGNPOSTING', true, :status, :reason, :now, :verified, :now,
                        :now, :feed, :external, :now)""").params(params).update();
        } else {
            jdbc.sql("""
                    UPDATE activities.listing SET organisation_id = :organisation, name = :name,
                        description = :description, url = :url, email = :email, cost = :cost, free = :free,
                        delivery_mode = :mode, min_age = :minAge, max_age = :maxAge, area = :area, locality = :locality,
                        accessibility = :accessibility, status = :status, status_reason = :reason,
                        status_changed_at = CASE WHEN status = :status THEN status_changed_at ELSE :now END,
                        last_verified_at = greatest(last_verified_at, :verified), updated_at = :now, imported_at = :now,
                        version = version + 1
                    WHERE id = :id""").params(params).update();
            jdbc.sql("DELETE FROM activities.schedule WHERE listing_id = ?").param(id).update();
            jdbc.sql("DELETE FROM activities.location WHERE listing_id = ?").param(id).update();
            jdbc.sql("DELETE FROM activities.contact WHERE listing_id = ?").param(id).update();
            jdbc.sql("DELETE FROM activities.listing_term WHERE listing_id = ?").param(id).update();
        }
        if (existing.isEmpty() || existing.get().status() != p.status()) {
            jdbc.sql("""
                    INSERT INTO activities.listing_status_change (listing_id, status, reason, changed_at, changed_by)
                    VALUES (?, ?, ?, ?, ?)""").params(id, p.status().name(), p.reason(), nowTs, "Import: " + run.feed).update();
        }
        for (ScheduleRow s : p.schedules()) {
            jdbc.sql("""
                    INSERT INTO activities.schedule (id, listing_id, weekday, starts_at, ends_at, frequency, anchor_date,
                        week_of_month) VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(UUID.randomUUID(), id, s.weekday(), s.opens(), s.closes(), s.frequency().name(), s.anchor(),
                            s.weekOfMonth()).update();
        }
        for (LocationRow l : p.locations()) {
            jdbc.sql("""
                    INSERT INTO activities.location (id, listing_id, name, address_1, city, postcode, latitude, longitude)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?)""").params(UUID.randomUUID(), id, l.name(), l.address(), l.city(),
                    l.postcode(), l.latitude(), l.longitude()).update();
        }
        for (ContactRow c : p.contacts()) {
            jdbc.sql("INSERT INTO activities.contact (id, listing_id, name, title, email) VALUES (?, ?, ?, ?, ?)")
                    .params(UUID.randomUUID(), id, c.name(), c.title(), c.email()).update();
        }
        Set<UUID> termIds = new LinkedHashSet<>();
        for (TermRef t : p.terms()) {
            termIds.add(termId(run, t));
        }
        for (UUID term : termIds) {
            jdbc.sql("INSERT INTO activities.listing_term (listing_id, term_id) VALUES (?, ?)").params(id, term).update();
        }
        return existing.isEmpty();
    }

    private record Existing(UUID id, ListingStatus status) {}

    private UUID organisationId(Run run, OrgRef o, Timestamp now) {
        Optional<UUID> known = jdbc.sql("SELECT id FROM activities.organisation WHERE source_feed = ? AND external_id = ?")
                .params(run.feed, o.externalId()).query(UUID.class).optional();
        if (o.name() == null) {
            return known.orElseThrow(() -> new org.springframework.dao.DataRetrievalFailureException(
                    "organization " + o.externalId() + " is unknown and the record does not describe it"));
        }
        if (known.isPresent()) {
            jdbc.sql("""
                    UPDATE activities.organisation SET name = ?, description = ?, website = ?, email = ?, imported_at = ?,
                        updated_at = ? WHERE id = ?""").params(o.name(), o.description() == null ? "" : o.description(),
                    o.website(), o.email(), now, now, known.get()).update();
            return known.get();
        }
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO activities.organisation (id, name, description, website, email, source_feed, external_id,
                    imported_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)""").params(id, o.name(),
                o.description() == null ? "" : o.description(), o.website(), o.email(), run.feed, o.externalId(), now)
                .update();
        return id;
    }

    /** A known term by id (e.g. Pathway's own categories), or the feed's own term kept in a taxonomy for the feed. */
    private UUID termId(Run run, TermRef t) {
        try {
            UUID asUuid = UUID.fromString(t.id());
            if (jdbc.sql("SELECT count(*) FROM activities.taxonomy_term WHERE id = ?").param(asUuid).query(Long.class)
                    .single() > 0) {
                return asUuid;
            }
        } catch (IllegalArgumentException notUuid) {
            // the feed's own term id
        }
        UUID taxonomy = UUID.nameUUIDFromBytes(("feed-taxonomy:" + run.feed).getBytes(StandardCharsets.UTF_8));
        jdbc.sql("""
                INSERT INTO activities.taxonomy (id, name, description) VALUES (?, ?, ?) ON CONFLICT (id) DO NOTHING""")
                .params(taxonomy, "Terms of " + run.feed, "Taxonomy terms imported from " + run.feed).update();
        UUID term = UUID.nameUUIDFromBytes(("feed-term:" + run.feed + ":" + t.id()).getBytes(StandardCharsets.UTF_8));
        jdbc.sql("""
                INSERT INTO activities.taxonomy_term (id, taxonomy_id, code, name, description) VALUES (?, ?, ?, ?, ?)
                ON CONFLICT (id) DO UPDATE SET name = excluded.name, description = excluded.description""")
                .params(term, taxonomy, t.id(), t.name(), t.description() == null ? t.name() : t.description()).update();
        return term;
    }

    // ---- JSON helpers ----

    private static String text(JsonNode node, String field) {
        JsonNode v = node == null ? null : node.get(field);
        if (v == null || v.isNull() || v.isContainer()) {
            return null;
        }
        String s = v.asString().strip();
        return s.isEmpty() ? null : s;
    }

    private static Double number(JsonNode node, String field) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        if (v.isNumber()) {
            return v.asDouble();
        }
        try {
            return Double.parseDouble(v.asString());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static Instant date(String text) {
        if (text == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException e) {
            try {
                return LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text).atStartOfDay(ZoneOffset.UTC).toInstant();
            } catch (DateTimeParseException e2) {
                return null;
            }
        }
    }
}
