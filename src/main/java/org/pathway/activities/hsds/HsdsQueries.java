package org.pathway.activities.hsds;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.pathway.activities.Frequency;
import org.pathway.activities.ListingStatus;
import org.pathway.activities.directory.DirectoryQueries;
import org.pathway.activities.directory.DirectorySettings;
import org.pathway.platform.RevisionCache;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reads public listings shaped as HSDS 3.0 objects (ordered maps, empty optional fields left out, never null),
 * following the Open Referral UK profile: only the fields the profile keeps.
 */
@Component
class HsdsQueries {

    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");
    private static final String[] BYDAY = {"MO", "TU", "WE", "TH", "FR", "SA", "SU"};

    /**
     * What the API publishes: listings marked public and verified within {@code pathway.activities.withhold-after},
     * the same freshness rule as the directory's search (a listing not verified for longer is withheld).
     */
    private static final String ALL_PUBLIC = " WHERE l.is_public AND l.last_verified_at >= :withheldBefore";

    private final JdbcClient jdbc;
    private final DirectorySettings settings;
    /**
     * Every public listing's id in name order with when it was last verified: what an unfiltered page is cut from
     * (decision 0014). The withheld ones are left out when a page is cut, not when the order is read, as a listing
     * crosses the age line with no change that would move the revision.
     */
    private final RevisionCache<String, PublicOrder> publicOrder;

    HsdsQueries(JdbcClient jdbc, DirectorySettings settings) {
        this.jdbc = jdbc;
        this.settings = settings;
        this.publicOrder = new RevisionCache<>(jdbc, "activities.revision");
    }

    /** Ids in name order and, at the same index, when each was last verified (epoch milliseconds). */
    private record PublicOrder(UUID[] ids, long[] verified) {

        /** The ids verified at or after the cutoff, in order. */
        List<UUID> verifiedSince(long cutoff) {
            List<UUID> kept = new ArrayList<>(ids.length);
            for (int i = 0; i < ids.length; i++) {
                if (verified[i] >= cutoff) {
                    kept.add(ids[i]);
                }
            }
            return kept;
        }
    }

    private Timestamp withheldBefore() {
        return Timestamp.from(settings.withheldBefore());
    }

    record Page(long total, List<Map<String, Object>> contents) {}

    /** Public services matching the query, best text match first, then by name. */
    Page services(HsdsFilters q, int page, int perPage, boolean full) {
        Map<String, Object> p = new HashMap<>();
        String where = where(q, p);
        String rank = q.search() == null ? "0.0" : "ts_rank(l.search, websearch_to_tsquery('english', :search))";
        p.put("limit", perPage);
        p.put("offset", (long) (page - 1) * perPage);
        // The page's ids first, then the rows themselves: selecting whole rows with a window count sorted every wide
        // row on each page. Unfiltered, the ids are cut from the cached name order of every public listing; filtered,
        // they come from a narrow query (by name through an index when there is no search).
        long total;
        List<UUID> ids;
        if (where.equals(ALL_PUBLIC)) {
            List<UUID> all = publicOrder.get("all", () -> {
                List<UUID> order = new ArrayList<>();
                List<Long> verified = new ArrayList<>();
                jdbc.sql("SELECT l.id, l.last_verified_at FROM activities.listing l WHERE l.is_public ORDER BY l.name, l.id")
                        .query(rs -> {
                            order.add(rs.getObject(1, UUID.class));
                            verified.add(rs.getTimestamp(2).getTime());
                        });
                return new PublicOrder(order.toArray(UUID[]::new), verified.stream().mapToLong(Long::longValue).toArray());
            }).verifiedSince(settings.withheldBefore().toEpochMilli());
            total = all.size();
            int from = (int) Math.min(all.size(), (long) (page - 1) * perPage);
            ids = all.subList(from, Math.min(all.size(), from + perPage));
        } else {
            total = jdbc.sql("SELECT count(*) FROM activities.listing l " + where).params(p).query(Long.class).single();
            ids = jdbc.sql("""
                    SELECT l.id FROM activities.listing l %s
                    ORDER BY %s l.name, l.id LIMIT :limit OFFSET :offset""".formatted(where,
                            q.search() == null ? "" : rank + " DESC,")).params(p)
                    .query((rs, n) -> rs.getObject("id", UUID.class)).list();
        }
        Map<UUID, Map<String, Object>> byId = new HashMap<>();
        if (!ids.isEmpty()) {
            jdbc.sql("SELECT l.* FROM activities.listing l WHERE l.id = ANY (:ids) AND l.is_public"
                    + " AND l.last_verified_at >= :withheldBefore")
                    .param("ids", ids.toArray(UUID[]::new)).param("withheldBefore", withheldBefore())
                    .query((rs, n) -> byId.put(rs.getObject("id", UUID.class), service(rs))).list();
        }
        List<Map<String, Object>> rows = new java.util.ArrayList<>(ids.size());
        ids.stream().map(byId::get).filter(java.util.Objects::nonNull).forEach(rows::add); // hidden since the order was read
        if (full && !rows.isEmpty()) {
            nest(rows);
        }
        rows.forEach(HsdsQueries::strip);
        return new Page(total, rows);
    }

    Optional<Map<String, Object>> service(UUID id) {
        List<Map<String, Object>> rows = jdbc.sql("SELECT l.* FROM activities.listing l WHERE l.id = :id"
                + " AND l.is_public AND l.last_verified_at >= :withheldBefore")
                .param("id", id).param("withheldBefore", withheldBefore()).query((rs, n) -> service(rs)).list();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        nest(rows);
        return Optional.of(rows.get(0));
    }

    /** Locations of public services, each with its service id; nearest first when near a postcode. */
    Page serviceAtLocations(HsdsFilters q, int page, int perPage) {
        Map<String, Object> p = new HashMap<>();
        String where = where(q, p);
        String distance = q.near() == null ? "0.0" : DISTANCE_METRES;
        if (q.near() != null) {
            p.put("lat", q.near()[0]);
            p.put("lon", q.near()[1]);
        }
        String near = "";
        if (q.near() != null && q.proximityMetres() != null) {
            double dLat = q.proximityMetres() / 111_045.0;
            double dLon = q.proximityMetres() / (111_045.0 * Math.cos(Math.toRadians(q.near()[0])));
            p.put("minLat", q.near()[0] - dLat);
            p.put("maxLat", q.near()[0] + dLat);
            p.put("minLon", q.near()[1] - dLon);
            p.put("maxLon", q.near()[1] + dLon);
            p.put("proximity", q.proximityMetres());
            near = " AND " + DirectoryQueries.IN_BOX + " AND " + DISTANCE_METRES + " <= :proximity";
        }
        p.put("limit", perPage);
        p.put("offset", (long) (page - 1) * perPage);
        long[] total = {0};
        List<Map<String, Object>> rows = jdbc.sql("""
                SELECT loc.*, l.locality, l.accessibility, count(*) OVER () AS total_items, %s AS metres
                FROM activities.location loc JOIN activities.listing l ON l.id = loc.listing_id %s%s
                ORDER BY metres, l.name, loc.id LIMIT :limit OFFSET :offset""".formatted(distance, where, near))
                .params(p).query((rs, n) -> {
                    total[0] = rs.getLong("total_items");
                    UUID id = rs.getObject("id", UUID.class);
                    UUID listing = rs.getObject("listing_id", UUID.class);
                    Map<String, Object> sal = new LinkedHashMap<>();
                    sal.put("id", derived("service_at_location", listing, id).toString());
                    sal.put("service_id", listing.toString());
                    sal.put("location_id", id.toString());
                    sal.put("location", location(id, rs.getString("name"), rs.getString("address_1"), rs.getString("city"),
                            rs.getString("postcode"), (Double) rs.getObject("latitude"), (Double) rs.getObject("longitude"),
                            rs.getString("locality"), rs.getString("accessibility")));
                    return sal;
                }).list();
        if (rows.isEmpty()) {
            total[0] = jdbc.sql("SELECT count(*) FROM activities.location loc JOIN activities.listing l ON l.id = loc.listing_id "
                    + where + near).params(p).query(Long.class).single();
        }
        return new Page(total[0], rows);
    }

    static final String DISTANCE_METRES = "(2 * 6371008.8 * asin(sqrt(power(sin(radians(loc.latitude - :lat) / 2), 2)"
            + " + cos(radians(:lat)) * cos(radians(loc.latitude)) * power(sin(radians(loc.longitude - :lon) / 2), 2))))";

    Page taxonomies(int page, int perPage) {
        long total = jdbc.sql("SELECT count(*) FROM activities.taxonomy").query(Long.class).single();
        List<Map<String, Object>> rows = jdbc.sql("""
                SELECT * FROM activities.taxonomy ORDER BY name, id LIMIT :limit OFFSET :offset""")
                .param("limit", perPage).param("offset", (long) (page - 1) * perPage).query((rs, n) -> {
                    Map<String, Object> t = new LinkedHashMap<>();
                    t.put("id", rs.getObject("id", UUID.class).toString());
                    t.put("name", rs.getString("name"));
                    t.put("description", rs.getString("description"));
                    putIfPresent(t, "uri", rs.getString("uri"));
                    putIfPresent(t, "version", rs.getString("version"));
                    return t;
                }).list();
        return new Page(total, rows);
    }

    Page taxonomyTerms(UUID taxonomyId, UUID parentId, boolean topOnly, String search, int page, int perPage) {
        Map<String, Object> p = new HashMap<>();
        StringBuilder where = new StringBuilder(" WHERE true");
        if (taxonomyId != null) {
            p.put("taxonomy", taxonomyId);
            where.append(" AND t.taxonomy_id = :taxonomy");
        }
        if (parentId != null) {
            p.put("parent", parentId);
            where.append(" AND t.parent_id = :parent");
        }
        if (topOnly) {
            where.append(" AND t.parent_id IS NULL");
        }
        if (search != null) {
            p.put("search", "%" + search.toLowerCase().replace("%", "") + "%");
            where.append(" AND (lower(t.name) LIKE :search OR lower(t.description) LIKE :search)");
        }
        long total = jdbc.sql("SELECT count(*) FROM activities.taxonomy_term t" + where).params(p).query(Long.class).single();
        p.put("limit", perPage);
        p.put("offset", (long) (page - 1) * perPage);
        List<Map<String, Object>> rows = jdbc.sql("""
                SELECT t.*, x.name AS taxonomy_name FROM activities.taxonomy_term t
                JOIN activities.taxonomy x ON x.id = t.taxonomy_id""" + where + " ORDER BY x.name, t.name, t.id LIMIT :limit OFFSET :offset")
                .params(p).query((rs, n) -> term(rs.getObject("id", UUID.class), rs.getString("name"),
                        rs.getString("description"), rs.getObject("taxonomy_id", UUID.class), rs.getString("taxonomy_name"),
                        rs.getObject("parent_id", UUID.class))).list();
        return new Page(total, rows);
    }

    // ---- shaping ----

    private String where(HsdsFilters q, Map<String, Object> p) {
        p.put("withheldBefore", withheldBefore());
        StringBuilder where = new StringBuilder(ALL_PUBLIC);
        if (q.search() != null) {
            p.put("search", q.search());
            where.append(" AND l.search @@ websearch_to_tsquery('english', :search)");
        }
        if (q.taxonomyTermId() != null) {
            p.put("term", q.taxonomyTermId());
            where.append(" AND EXISTS (SELECT 1 FROM activities.listing_term lt WHERE lt.listing_id = l.id AND lt.term_id = :term)");
        }
        if (q.taxonomyId() != null) {
            p.put("taxonomy", q.taxonomyId());
            where.append(" AND EXISTS (SELECT 1 FROM activities.listing_term lt JOIN activities.taxonomy_term t ON t.id = lt.term_id"
                    + " WHERE lt.listing_id = l.id AND t.taxonomy_id = :taxonomy)");
        }
        if (q.organisationId() != null) {
            p.put("organisation", q.organisationId());
            where.append(" AND l.organisation_id = :organisation");
        }
        if (q.modifiedAfter() != null) {
            p.put("modified", Timestamp.from(q.modifiedAfter()));
            where.append(" AND l.updated_at >= :modified");
        }
        if (q.minimumAge() != null) {
            p.put("minimumAge", q.minimumAge());
            where.append(" AND l.min_age >= :minimumAge");
        }
        if (q.maximumAge() != null) {
            p.put("maximumAge", q.maximumAge());
            where.append(" AND l.max_age <= :maximumAge");
        }
        if (q.startTime() != null || q.endTime() != null || q.weekday() != null) {
            where.append(" AND EXISTS (SELECT 1 FROM activities.schedule s WHERE s.listing_id = l.id");
            if (q.startTime() != null) {
                p.put("startTime", q.startTime());
                where.append(" AND s.starts_at >= :startTime");
            }
            if (q.endTime() != null) {
                p.put("endTime", q.endTime());
                where.append(" AND s.ends_at <= :endTime");
            }
            if (q.weekday() != null) {
                p.put("weekday", q.weekday());
                where.append(" AND s.weekday = :weekday");
            }
            where.append(")");
        }
        return where.toString();
    }

    private static Map<String, Object> service(java.sql.ResultSet rs) throws java.sql.SQLException {
        UUID id = rs.getObject("id", UUID.class);
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("id", id.toString());
        s.put("organization_id", rs.getObject("organisation_id", UUID.class).toString());
        s.put("name", rs.getString("name"));
        putIfPresent(s, "description", rs.getString("description"));
        putIfPresent(s, "url", rs.getString("url"));
        putIfPresent(s, "email", rs.getString("email"));
        ListingStatus status = ListingStatus.valueOf(rs.getString("status"));
        s.put("status", status.hsds());
        putIfPresent(s, "minimum_age", rs.getObject("min_age"));
        putIfPresent(s, "maximum_age", rs.getObject("max_age"));
        s.put("assured_date", rs.getTimestamp("last_verified_at").toInstant().atZone(ZoneOffset.UTC).toLocalDate().toString());
        if (status != ListingStatus.ACTIVE) {
            putIfPresent(s, "alert", status.label() + (rs.getString("status_reason") == null ? "" : ": " + rs.getString("status_reason")));
        }
        s.put("last_modified", DateTimeFormatter.ISO_INSTANT.format(rs.getTimestamp("updated_at").toInstant()));
        // Kept for nesting, removed before the service is sent.
        s.put("_area", rs.getString("area"));
        s.put("_locality", rs.getString("locality"));
        s.put("_accessibility", rs.getString("accessibility"));
        s.put("_cost", rs.getString("cost"));
        s.put("_free", rs.getBoolean("free"));
        return s;
    }

    /** Adds the one-to-many parts (organisation, categories, schedules, areas, locations, contacts, costs). */
    private void nest(List<Map<String, Object>> services) {
        List<UUID> ids = services.stream().map(s -> UUID.fromString((String) s.get("id"))).toList();
        List<UUID> orgIds = services.stream().map(s -> UUID.fromString((String) s.get("organization_id"))).distinct().toList();
        Map<String, Map<String, Object>> organisations = new HashMap<>();
        jdbc.sql("SELECT * FROM activities.organisation WHERE id IN (:ids)").param("ids", orgIds).query((rs, n) -> {
            Map<String, Object> o = new LinkedHashMap<>();
            o.put("id", rs.getObject("id", UUID.class).toString());
            o.put("name", rs.getString("name"));
            o.put("description", rs.getString("description"));
            putIfPresent(o, "email", rs.getString("email"));
            putIfPresent(o, "website", rs.getString("website"));
            organisations.put((String) o.get("id"), o);
            return o;
        }).list();
        Map<String, List<Map<String, Object>>> attributes = group(jdbc.sql("""
                SELECT lt.listing_id, t.id, t.name, t.description, t.taxonomy_id, t.parent_id, x.name AS taxonomy_name
                FROM activities.listing_term lt JOIN activities.taxonomy_term t ON t.id = lt.term_id
                JOIN activities.taxonomy x ON x.id = t.taxonomy_id WHERE lt.listing_id IN (:ids) ORDER BY t.name""")
                .param("ids", ids).query((rs, n) -> {
                    UUID listing = rs.getObject("listing_id", UUID.class);
                    UUID term = rs.getObject("id", UUID.class);
                    Map<String, Object> a = new LinkedHashMap<>();
                    a.put("id", derived("attribute", listing, term).toString());
                    a.put("link_id", listing.toString());
                    a.put("link_type", "service");
                    a.put("taxonomy_term_id", term.toString());
                    a.put("taxonomy_term", term(term, rs.getString("name"), rs.getString("description"),
                            rs.getObject("taxonomy_id", UUID.class), rs.getString("taxonomy_name"),
                            rs.getObject("parent_id", UUID.class)));
                    return Map.entry(listing.toString(), a);
                }).list());
        Map<String, List<Map<String, Object>>> schedules = group(jdbc.sql("""
                SELECT * FROM activities.schedule WHERE listing_id IN (:ids) ORDER BY weekday, starts_at""")
                .param("ids", ids).query((rs, n) -> {
                    UUID listing = rs.getObject("listing_id", UUID.class);
                    Frequency frequency = Frequency.valueOf(rs.getString("frequency"));
                    int weekday = rs.getInt("weekday");
                    LocalTime opens = rs.getObject("starts_at", LocalTime.class);
                    LocalTime closes = rs.getObject("ends_at", LocalTime.class);
                    Map<String, Object> s = new LinkedHashMap<>();
                    s.put("id", rs.getObject("id", UUID.class).toString());
                    s.put("service_id", listing.toString());
                    s.put("freq", frequency == Frequency.MONTHLY ? "MONTHLY" : "WEEKLY");
                    if (frequency == Frequency.FORTNIGHTLY) {
                        s.put("interval", 2);
                        java.sql.Date anchor = rs.getDate("anchor_date");
                        if (anchor != null) {
                            s.put("dtstart", anchor.toLocalDate().toString());
                        }
                    }
                    Object week = rs.getObject("week_of_month");
                    s.put("byday", (frequency == Frequency.MONTHLY && week != null ? week.toString() : "") + BYDAY[weekday - 1]);
                    s.put("opens_at", TIME.format(opens));
                    s.put("closes_at", TIME.format(closes));
                    s.put("description", frequency.label() + " on " + java.time.DayOfWeek.of(weekday)
                            .getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.UK) + ", "
                            + TIME.format(opens) + " to " + TIME.format(closes));
                    return Map.entry(listing.toString(), s);
                }).list());
        Map<String, List<Map<String, Object>>> locations = group(jdbc.sql("""
                SELECT loc.*, l.locality, l.accessibility FROM activities.location loc
                JOIN activities.listing l ON l.id = loc.listing_id WHERE loc.listing_id IN (:ids) ORDER BY loc.postcode""")
                .param("ids", ids).query((rs, n) -> {
                    UUID listing = rs.getObject("listing_id", UUID.class);
                    UUID id = rs.getObject("id", UUID.class);
                    Map<String, Object> sal = new LinkedHashMap<>();
                    sal.put("id", derived("service_at_location", listing, id).toString());
                    sal.put("service_id", listing.toString());
                    sal.put("location_id", id.toString());
                    sal.put("location", location(id, rs.getString("name"), rs.getString("address_1"), rs.getString("city"),
                            rs.getString("postcode"), (Double) rs.getObject("latitude"), (Double) rs.getObject("longitude"),
                            rs.getString("locality"), rs.getString("accessibility")));
                    return Map.entry(listing.toString(), sal);
                }).list());
        Map<String, List<Map<String, Object>>> contacts = group(jdbc.sql("""
                SELECT * FROM activities.contact WHERE listing_id IN (:ids) ORDER BY name""")
                .param("ids", ids).query((rs, n) -> {
                    UUID listing = rs.getObject("listing_id", UUID.class);
                    Map<String, Object> c = new LinkedHashMap<>();
                    c.put("id", rs.getObject("id", UUID.class).toString());
                    c.put("service_id", listing.toString());
                    c.put("name", rs.getString("name"));
                    putIfPresent(c, "title", rs.getString("title"));
                    return Map.entry(listing.toString(), c);
                }).list());
        for (Map<String, Object> s : services) {
            String id = (String) s.get("id");
            UUID listing = UUID.fromString(id);
            Map<String, Object> organisation = organisations.get((String) s.get("organization_id"));
            putList(s, "schedules", schedules.get(id));
            String area = (String) s.get("_area");
            if (area != null) {
                Map<String, Object> a = new LinkedHashMap<>();
                a.put("id", derived("service_area", listing, listing).toString());
                a.put("service_id", id);
                a.put("name", area);
                a.put("service_area", area);
                putList(s, "service_areas", List.of(a));
            }
            putList(s, "service_at_locations", locations.get(id));
            if (organisation != null) {
                s.put("organization", organisation);
            }
            Map<String, Object> cost = new LinkedHashMap<>();
            cost.put("id", derived("cost_option", listing, listing).toString());
            cost.put("service_id", id);
            boolean free = (Boolean) s.get("_free");
            if (free) {
                cost.put("amount", 0);
                cost.put("amount_description", "Free");
            } else if (s.get("_cost") != null) {
                cost.put("amount_description", s.get("_cost"));
            }
            if (cost.size() > 2) {
                putList(s, "cost_options", List.of(cost));
            }
            putList(s, "contacts", contacts.get(id));
            putList(s, "attributes", attributes.get(id));
        }
        services.forEach(HsdsQueries::strip);
    }

    /** Removes the internal fields kept for nesting. */
    static Map<String, Object> strip(Map<String, Object> service) {
        service.keySet().removeIf(k -> k.startsWith("_"));
        return service;
    }

    private static Map<String, Object> location(UUID id, String name, String address, String city, String postcode,
            Double latitude, Double longitude, String locality, String accessibility) {
        Map<String, Object> l = new LinkedHashMap<>();
        l.put("id", id.toString());
        l.put("location_type", "physical");
        putIfPresent(l, "name", name);
        putIfPresent(l, "latitude", latitude);
        putIfPresent(l, "longitude", longitude);
        Map<String, Object> a = new LinkedHashMap<>();
        a.put("id", derived("address", id, id).toString());
        a.put("location_id", id.toString());
        a.put("address_1", address);
        a.put("city", city);
        a.put("state_province", locality == null ? city : locality);
        a.put("postal_code", postcode);
        a.put("country", "GB");
        a.put("address_type", "physical");
        l.put("addresses", List.of(a));
        if (accessibility != null) {
            Map<String, Object> acc = new LinkedHashMap<>();
            acc.put("id", derived("accessibility", id, id).toString());
            acc.put("location_id", id.toString());
            acc.put("description", accessibility);
            l.put("accessibility", List.of(acc));
        }
        return l;
    }

    private static Map<String, Object> term(UUID id, String name, String description, UUID taxonomyId,
            String taxonomyName, UUID parentId) {
        Map<String, Object> t = new LinkedHashMap<>();
        t.put("id", id.toString());
        t.put("name", name);
        t.put("description", description);
        t.put("taxonomy", taxonomyName);
        t.put("taxonomy_id", taxonomyId.toString());
        if (parentId != null) {
            t.put("parent_id", parentId.toString());
        }
        return t;
    }

    /** A stable id for a record Pathway does not store separately (an address, a cost option...). */
    static UUID derived(String kind, UUID a, UUID b) {
        return UUID.nameUUIDFromBytes((kind + ":" + a + ":" + b).getBytes(StandardCharsets.UTF_8));
    }

    private static Map<String, List<Map<String, Object>>> group(List<Map.Entry<String, Map<String, Object>>> entries) {
        Map<String, List<Map<String, Object>>> grouped = new HashMap<>();
        entries.forEach(e -> grouped.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
        return grouped;
    }

    private static void putList(Map<String, Object> map, String key, List<?> values) {
        if (values != null && !values.isEmpty()) {
            map.put(key, values);
        }
    }

    private static void putIfPresent(Map<String, Object> map, String key, Object value) {
        if (value != null && !(value instanceof String s && s.isBlank())) {
            map.put(key, value);
        }
    }
}
