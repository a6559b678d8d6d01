package org.pathway.activities.directory;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.pathway.activities.DeliveryMode;
import org.pathway.activities.ListingStatus;
import org.pathway.platform.RevisionCache;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The directory's reads that the other feature packages share: search, the categories and the localities. Search
 * combines full-text ranking, category, delivery mode, "running this week", age eligibility and distance from a
 * postcode (haversine in SQL after a bounding-box prefilter on the indexed coordinates).
 */
@Service
public class DirectoryQueries {

    static final int PAGE_SIZE = 20;
    static final double EARTH_RADIUS_MILES = 3958.8;
    static final double MILES_PER_DEGREE_LATITUDE = 69.05;

    private final JdbcClient jdbc;
    private final DirectorySettings settings;
    private final RevisionCache<String, List<String>> localities;

    DirectoryQueries(JdbcClient jdbc, DirectorySettings settings) {
        this.jdbc = jdbc;
        this.settings = settings;
        this.localities = new RevisionCache<>(jdbc, "activities.revision");
    }


    /**
     * What to search for; null or false values do not filter. Distance needs both postcode coordinates and radius.
     * {@code publicOnly} keeps to the listings published in the open directory (the public's search).
     */
    public record Criteria(String text, String category, DeliveryMode mode, boolean runningThisWeek, Integer age,
            Point origin, Double radiusMiles, boolean includeClosed, boolean includeWithheld, boolean publicOnly) {}

    public record Point(double latitude, double longitude) {}

    public record Category(UUID id, String code, String name) {}

    public record ListingRow(UUID id, String name, String organisation, ListingStatus status, String statusReason,
            DeliveryMode mode, String locality, Instant lastVerifiedAt, boolean stale, boolean withheld,
            Double distanceMiles, String categories) {}

    public List<Category> categories() {
        return jdbc.sql("SELECT id, code, name FROM activities.taxonomy_term WHERE taxonomy_id = ? ORDER BY name")
                .param(Taxonomies.PATHWAY_TAXONOMY)
                .query((rs, n) -> new Category(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3))).list();
    }

    /** Every listing's locality, in order: kept until a listing changes (a national directory has 100,000). */
    public List<String> localities() {
        return localities.get("all", () -> List.copyOf(jdbc.sql(
                "SELECT DISTINCT locality FROM activities.listing WHERE locality IS NOT NULL ORDER BY 1")
                .query(String.class).list()));
    }

    public Page<ListingRow> search(Criteria c, int page) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("staleBefore", Timestamp.from(settings.staleBefore()));
        p.put("withheldBefore", Timestamp.from(settings.withheldBefore()));
        StringBuilder where = new StringBuilder(" WHERE true");
        String rank = "0.0";
        if (c.text() != null && !c.text().isBlank()) {
            p.put("text", c.text().strip());
            where.append(" AND l.search @@ websearch_to_tsquery('english', :text)");
            rank = "ts_rank(l.search, websearch_to_tsquery('english', :text))";
        }
        if (c.category() != null && !c.category().isBlank()) {
            p.put("category", c.category());
            where.append(" AND EXISTS (SELECT 1 FROM activities.listing_term lt JOIN activities.taxonomy_term t"
                    + " ON t.id = lt.term_id WHERE lt.listing_id = l.id AND t.code = :category)");
        }
        if (c.mode() != null) {
            p.put("mode", c.mode().name());
            where.append(" AND l.delivery_mode = :mode");
        }
        if (c.age() != null) {
            p.put("age", c.age());
            where.append(" AND (l.min_age IS NULL OR l.min_age <= :age) AND (l.max_age IS NULL OR l.max_age >= :age)");
        }
        if (c.runningThisWeek()) {
            p.put("monday", settings.thisMonday());
            where.append(" AND l.status IN ('ACTIVE', 'ONLINE_ONLY') AND ").append(RUNS_THIS_WEEK);
        }
        if (!c.includeClosed()) {
            where.append(" AND l.status <> 'CLOSED'");
        }
        if (!c.includeWithheld()) {
            where.append(" AND l.last_verified_at >= :withheldBefore");
        }
        if (c.publicOnly()) {
            where.append(" AND l.is_public");
        }
        String distance = "NULL::double precision";
        String join = "";
        if (c.origin() != null && c.radiusMiles() != null) {
            double lat = c.origin().latitude();
            double lon = c.origin().longitude();
            double dLat = c.radiusMiles() / MILES_PER_DEGREE_LATITUDE;
            double dLon = c.radiusMiles() / (MILES_PER_DEGREE_LATITUDE * Math.max(0.01, Math.cos(Math.toRadians(lat))));
            p.put("lat", lat);
            p.put("lon", lon);
            p.put("minLat", lat - dLat);
            p.put("maxLat", lat + dLat);
            p.put("minLon", lon - dLon);
            p.put("maxLon", lon + dLon);
            p.put("radius", c.radiusMiles());
            // The listings whose extent meets the search's box come from a spatial index, intersected with the word
            // index, so a search near a postcode reads only that neighbourhood's listings (decision 0015).
            where.append(" AND l.extent && box(point(:minLon, :minLat), point(:maxLon, :maxLat))");
            join = " " + """
                    JOIN LATERAL (SELECT min(%s) AS miles FROM activities.location loc
                        WHERE loc.listing_id = l.id AND %s) d ON d.miles <= :radius""".formatted(HAVERSINE, IN_BOX);
            distance = "d.miles";
        }
        String order = distance.startsWith("NULL") ? (rank.equals("0.0") ? "l.name, l.id" : "rank DESC, l.name, l.id")
                : (rank.equals("0.0") ? "d.miles, l.name, l.id" : "rank DESC, d.miles, l.id");
        p.put("limit", PAGE_SIZE);
        p.put("offset", (long) page * PAGE_SIZE);
        String sql = """
                SELECT l.id, l.name, o.name AS organisation, l.status, l.status_reason, l.delivery_mode, l.locality,
                       l.last_verified_at, l.last_verified_at < :staleBefore AS stale,
                       l.last_verified_at < :withheldBefore AS withheld, %s AS miles, %s AS rank,
                       (SELECT string_agg(t.name, ', ' ORDER BY t.name) FROM activities.listing_term lt
                          JOIN activities.taxonomy_term t ON t.id = lt.term_id WHERE lt.listing_id = l.id) AS categories,
                       count(*) OVER () AS total
                FROM activities.listing l JOIN activities.organisation o ON o.id = l.organisation_id%s%s
                ORDER BY %s LIMIT :limit OFFSET :offset""".formatted(distance, rank, join, where, order);
        long[] total = {0};
        List<ListingRow> rows = jdbc.sql(sql).params(p).query((rs, n) -> {
            total[0] = rs.getLong("total");
            return new ListingRow(rs.getObject("id", UUID.class), rs.getString("name"), rs.getString("organisation"),
                    ListingStatus.valueOf(rs.getString("status")), rs.getString("status_reason"),
                    DeliveryMode.valueOf(rs.getString("delivery_mode")), rs.getString("locality"),
                    rs.getTimestamp("last_verified_at").toInstant(), rs.getBoolean("stale"), rs.getBoolean("withheld"),
                    (Double) rs.getObject("miles"), rs.getString("categories"));
        }).list();
        if (rows.isEmpty() && page > 0) {
            total[0] = jdbc.sql("SELECT count(*) FROM activities.listing l" + join + where).params(p)
                    .query(Long.class).single();
        }
        return new PageImpl<>(rows, PageRequest.of(page, PAGE_SIZE), total[0]);
    }

    /** Great-circle distance in miles from (:lat, :lon) to a location {@code loc}. */
    public static final String HAVERSINE = "2 * " + EARTH_RADIUS_MILES + " * asin(sqrt(power(sin(radians(loc.latitude - :lat) / 2), 2)"
            + " + cos(radians(:lat)) * cos(radians(loc.latitude)) * power(sin(radians(loc.longitude - :lon) / 2), 2)))";

    /**
     * Location {@code loc} lies in the box :minLat..:maxLat, :minLon..:maxLon: the form the spatial index on
     * {@code point(longitude, latitude)} answers (migration V1_6_13) when locations are read first.
     */
    public static final String IN_BOX =
            "point(loc.longitude, loc.latitude) <@ box(point(:minLon, :minLat), point(:maxLon, :maxLat))";

    /** A session of listing {@code l} falls in the week starting :monday. */
    static final String RUNS_THIS_WEEK = """
            EXISTS (SELECT 1 FROM activities.schedule s WHERE s.listing_id = l.id AND (s.frequency = 'WEEKLY'
               OR (s.frequency = 'FORTNIGHTLY' AND ((CAST(:monday AS date) + s.weekday - 1) - s.anchor_date) % 14 = 0)
               OR (s.frequency = 'MONTHLY'
                   AND (extract(day FROM CAST(:monday AS date) + s.weekday - 1)::int + 6) / 7 = s.week_of_month)))""";
}
