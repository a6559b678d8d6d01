package org.pathway.activities.directory;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.pathway.activities.DeliveryMode;
import org.pathway.activities.Frequency;
import org.pathway.activities.ListingStatus;
import org.pathway.activities.ReferralRoute;
import org.pathway.governance.AuditLog;
import org.pathway.governance.PathwayUser;
import org.pathway.governance.Permissions;
import org.pathway.governance.Role;
import org.pathway.platform.RevisionCache;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Directory reads and the provider's changes. Search combines full-text ranking, category, delivery mode,
 * "running this week", age eligibility and distance from a postcode (haversine in SQL after a bounding-box
 * prefilter on the indexed coordinates). Who may change a listing is decided in the SQL {@code WHERE}.
 */
@Service
public class DirectoryService {

    static final int PAGE_SIZE = 20;
    static final double EARTH_RADIUS_MILES = 3958.8;
    static final double MILES_PER_DEGREE_LATITUDE = 69.05;

    private final JdbcClient jdbc;
    private final DirectorySettings settings;
    private final AuditLog audit;
    private final RevisionCache<String, List<String>> localities;

    DirectoryService(JdbcClient jdbc, DirectorySettings settings, AuditLog audit) {
        this.jdbc = jdbc;
        this.settings = settings;
        this.audit = audit;
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

    // ---- one listing ----

    record ScheduleView(int weekday, LocalTime startsAt, LocalTime endsAt, Frequency frequency, Integer weekOfMonth) {

        public String dayName() {
            return java.time.DayOfWeek.of(weekday).getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.UK);
        }

        public String describe() {
            String when = switch (frequency) {
                case WEEKLY -> "Every " + dayName();
                case FORTNIGHTLY -> "Every other " + dayName();
                case MONTHLY -> ordinal(weekOfMonth == null ? 1 : weekOfMonth) + " " + dayName() + " of the month";
            };
            return when + ", " + startsAt + " to " + endsAt;
        }

        private static String ordinal(int n) {
            return switch (n) {
                case 1 -> "First";
                case 2 -> "Second";
                case 3 -> "Third";
                case 4 -> "Fourth";
                default -> "Fifth";
            };
        }
    }

    record LocationView(String name, String address, String city, String postcode) {}

    record ContactView(String name, String title, String phone, String email) {}

    record StatusChangeView(ListingStatus status, String reason, Instant changedAt, String changedBy) {}

    record ListingView(UUID id, String name, String organisation, String description, String cost, boolean free,
            DeliveryMode mode, Integer minAge, Integer maxAge, String conditions, String area, String locality,
            String accessibility, List<String> languages, Integer capacity, ReferralRoute route, boolean isPublic,
            ListingStatus status, String statusReason, Instant statusChangedAt, Instant lastVerifiedAt, boolean stale,
            boolean withheld, String sourceFeed, String externalId, Instant importedAt, List<String> categories,
            List<ScheduleView> schedules, List<LocationView> locations, List<ContactView> contacts,
            List<StatusChangeView> history, boolean canManage, boolean canVerify) {}

    /**
     * One listing as the user may see it; for the public ({@code user} null) only a listing published in the open
     * directory and not withheld as unverified, without its contacts' phone and email (as the open API publishes it).
     */
    Optional<ListingView> listing(UUID id, PathwayUser user) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("id", id);
        p.put("staleBefore", Timestamp.from(settings.staleBefore()));
        p.put("withheldBefore", Timestamp.from(settings.withheldBefore()));
        p.put("org", user == null ? null : user.organisationId());
        p.put("all", user != null && user.role() == Role.ADMINISTRATOR);
        String publicOnly = user == null ? " AND l.is_public AND l.last_verified_at >= :withheldBefore" : "";
        return jdbc.sql("""
                SELECT l.*, o.name AS organisation, l.last_verified_at < :staleBefore AS stale,
                       l.last_verified_at < :withheldBefore AS withheld,
                       (:all OR o.workforce_organisation_id = CAST(:org AS uuid)) AS own
                FROM activities.listing l JOIN activities.organisation o ON o.id = l.organisation_id
                WHERE l.id = :id""" + publicOnly).params(p).query((rs, n) -> {
            boolean own = user != null && rs.getBoolean("own");
            boolean canManage = own && user.can(Permissions.LISTINGS_MANAGE);
            boolean canVerify = user != null && user.can(Permissions.LISTINGS_VERIFY)
                    && (own || user.role() == Role.SERVICE_MANAGER);
            return new ListingView(id, rs.getString("name"), rs.getString("organisation"), rs.getString("description"),
                    rs.getString("cost"), rs.getBoolean("free"), DeliveryMode.valueOf(rs.getString("delivery_mode")),
                    (Integer) rs.getObject("min_age"), (Integer) rs.getObject("max_age"), rs.getString("conditions"),
                    rs.getString("area"), rs.getString("locality"), rs.getString("accessibility"),
                    strings(rs.getArray("languages")), (Integer) rs.getObject("capacity"),
                    ReferralRoute.valueOf(rs.getString("referral_route")), rs.getBoolean("is_public"),
                    ListingStatus.valueOf(rs.getString("status")), rs.getString("status_reason"),
                    instant(rs, "status_changed_at"), instant(rs, "last_verified_at"), rs.getBoolean("stale"),
                    rs.getBoolean("withheld"), rs.getString("source_feed"), rs.getString("external_id"),
                    instant(rs, "imported_at"), List.of(), List.of(), List.of(), List.of(), List.of(), canManage, canVerify);
        }).optional().map(v -> new ListingView(v.id(), v.name(), v.organisation(), v.description(), v.cost(), v.free(),
                v.mode(), v.minAge(), v.maxAge(), v.conditions(), v.area(), v.locality(), v.accessibility(),
                v.languages(), v.capacity(), v.route(), v.isPublic(), v.status(), v.statusReason(),
                v.statusChangedAt(), v.lastVerifiedAt(), v.stale(), v.withheld(), v.sourceFeed(), v.externalId(),
                v.importedAt(),
                jdbc.sql("""
                        SELECT t.name FROM activities.listing_term lt JOIN activities.taxonomy_term t ON t.id = lt.term_id
                        WHERE lt.listing_id = ? ORDER BY t.name""").param(id).query(String.class).list(),
                jdbc.sql("""
                        SELECT weekday, starts_at, ends_at, frequency, week_of_month FROM activities.schedule
                        WHERE listing_id = ? ORDER BY weekday, starts_at""").param(id).query((rs, n) -> new ScheduleView(
                        rs.getInt(1), rs.getObject(2, LocalTime.class), rs.getObject(3, LocalTime.class),
                        Frequency.valueOf(rs.getString(4)), (Integer) rs.getObject(5))).list(),
                jdbc.sql("SELECT name, address_1, city, postcode FROM activities.location WHERE listing_id = ? ORDER BY postcode")
                        .param(id).query((rs, n) -> new LocationView(rs.getString(1), rs.getString(2), rs.getString(3),
                                rs.getString(4))).list(),
                jdbc.sql("SELECT name, title, phone, email FROM activities.contact WHERE listing_id = ? ORDER BY name")
                        .param(id).query((rs, n) -> new ContactView(rs.getString(1), rs.getString(2),
                                user == null ? null : rs.getString(3), user == null ? null : rs.getString(4))).list(),
                history(id), v.canManage(), v.canVerify()));
    }

    List<StatusChangeView> history(UUID id) {
        return jdbc.sql("""
                SELECT status, reason, changed_at, changed_by FROM activities.listing_status_change
                WHERE listing_id = ? ORDER BY changed_at, id""").param(id)
                .query((rs, n) -> new StatusChangeView(ListingStatus.valueOf(rs.getString(1)), rs.getString(2),
                        instant(rs, "changed_at"), rs.getString(4))).list();
    }

    // ---- changes by providers (own organisation) and managers (verify only) ----

    /** Marks the listing verified now; false when it does not exist or is outside the user's scope. */
    @Transactional
    boolean verify(UUID id, PathwayUser user) {
        Map<String, Object> p = scope(user, true);
        p.put("id", id);
        p.put("now", Timestamp.from(settings.now()));
        int updated = jdbc.sql("UPDATE activities.listing l SET last_verified_at = :now, updated_at = :now, "
                + "version = version + 1 WHERE l.id = :id AND " + SCOPE).params(p).update();
        if (updated == 1) {
            audit.changed("listing", id.toString(), "verified");
        }
        return updated == 1;
    }

    /** Records a new status with its reason (and counts as a verification); false when outside the user's scope. */
    @Transactional
    boolean changeStatus(UUID id, ListingStatus status, String reason, PathwayUser user) {
        Map<String, Object> p = scope(user, false);
        p.put("id", id);
        p.put("status", status.name());
        p.put("reason", reason == null || reason.isBlank() ? null : reason.strip());
        p.put("now", Timestamp.from(settings.now()));
        p.put("by", user.displayName());
        int updated = jdbc.sql("""
                UPDATE activities.listing l SET status = :status, status_reason = :reason, status_changed_at = :now,
                    last_verified_at = :now, updated_at = :now, version = version + 1
                WHERE l.id = :id AND """ + SCOPE).params(p).update();
        if (updated == 1) {
            jdbc.sql("""
                    INSERT INTO activities.listing_status_change (listing_id, status, reason, changed_at, changed_by)
                    VALUES (:id, :status, :reason, :now, :by)""").params(p).update();
            audit.changed("listing", id.toString(), "status " + status.name());
        }
        return updated == 1;
    }

    /** Listings not verified within the stale age and not closed, oldest first, in the user's scope. */
    Page<ListingRow> needsVerifying(PathwayUser user, int page) {
        Map<String, Object> p = scope(user, true);
        p.put("staleBefore", Timestamp.from(settings.staleBefore()));
        p.put("withheldBefore", Timestamp.from(settings.withheldBefore()));
        p.put("limit", PAGE_SIZE);
        p.put("offset", (long) page * PAGE_SIZE);
        long[] total = {0};
        List<ListingRow> rows = jdbc.sql("""
                SELECT l.id, l.name, o.name AS organisation, l.status, l.status_reason, l.delivery_mode, l.locality,
                       l.last_verified_at, l.last_verified_at < :withheldBefore AS withheld, count(*) OVER () AS total
                FROM activities.listing l JOIN activities.organisation o ON o.id = l.organisation_id
                WHERE l.last_verified_at < :staleBefore AND l.status <> 'CLOSED' AND """ + SCOPE + """
                 ORDER BY l.last_verified_at, l.id LIMIT :limit OFFSET :offset""").params(p).query((rs, n) -> {
            total[0] = rs.getLong("total");
            return new ListingRow(rs.getObject("id", UUID.class), rs.getString("name"), rs.getString("organisation"),
                    ListingStatus.valueOf(rs.getString("status")), rs.getString("status_reason"),
                    DeliveryMode.valueOf(rs.getString("delivery_mode")), rs.getString("locality"),
                    instant(rs, "last_verified_at"), true, rs.getBoolean("withheld"), null, null);
        }).list();
        return new PageImpl<>(rows, PageRequest.of(page, PAGE_SIZE), rows.isEmpty() ? 0 : total[0]);
    }

    /** Listings of the user's organisation (all for an administrator), by name. */
    Page<ListingRow> own(PathwayUser user, int page) {
        Map<String, Object> p = scope(user, false);
        p.put("staleBefore", Timestamp.from(settings.staleBefore()));
        p.put("withheldBefore", Timestamp.from(settings.withheldBefore()));
        p.put("limit", PAGE_SIZE);
        p.put("offset", (long) page * PAGE_SIZE);
        long[] total = {0};
        List<ListingRow> rows = jdbc.sql("""
                SELECT l.id, l.name, o.name AS organisation, l.status, l.status_reason, l.delivery_mode, l.locality,
                       l.last_verified_at, l.last_verified_at < :staleBefore AS stale,
                       l.last_verified_at < :withheldBefore AS withheld, count(*) OVER () AS total
                FROM activities.listing l JOIN activities.organisation o ON o.id = l.organisation_id
                WHERE """ + SCOPE + " ORDER BY l.name, l.id LIMIT :limit OFFSET :offset").params(p).query((rs, n) -> {
            total[0] = rs.getLong("total");
            return new ListingRow(rs.getObject("id", UUID.class), rs.getString("name"), rs.getString("organisation"),
                    ListingStatus.valueOf(rs.getString("status")), rs.getString("status_reason"),
                    DeliveryMode.valueOf(rs.getString("delivery_mode")), rs.getString("locality"),
                    instant(rs, "last_verified_at"), rs.getBoolean("stale"), rs.getBoolean("withheld"), null, null);
        }).list();
        return new PageImpl<>(rows, PageRequest.of(page, PAGE_SIZE), rows.isEmpty() ? 0 : total[0]);
    }

    /** Restricts listing {@code l} to those the user may change: :all, or its organisation is the user's. */
    static final String SCOPE = "(:all OR l.organisation_id IN (SELECT so.id FROM activities.organisation so"
            + " WHERE so.workforce_organisation_id = CAST(:org AS uuid)))";

    private static Map<String, Object> scope(PathwayUser user, boolean verifying) {
        Map<String, Object> p = new LinkedHashMap<>();
        boolean all = user.role() == Role.ADMINISTRATOR || (verifying && user.role() == Role.SERVICE_MANAGER);
        p.put("all", all);
        p.put("org", all ? null : user.organisationId());
        return p;
    }

    // ---- the area view ----

    record WeekCount(LocalDate week, String locality, int running) {}

    /** How many listings were running (active or online only) at the end of each week, by locality. */
    List<WeekCount> runningByWeek(LocalDate from, LocalDate to) {
        return jdbc.sql("""
                WITH weeks AS (SELECT CAST(w AS date) AS week FROM generate_series(CAST(:from AS date), CAST(:to AS date),
                                    interval '7 days') w)
                SELECT w.week, coalesce(l.locality, 'No locality') AS locality,
                       count(*) FILTER (WHERE s.status IN ('ACTIVE', 'ONLINE_ONLY')) AS running
                FROM weeks w CROSS JOIN activities.listing l
                JOIN LATERAL (SELECT c.status FROM activities.listing_status_change c WHERE c.listing_id = l.id
                              AND c.changed_at < CAST(w.week + 7 AS timestamptz) ORDER BY c.changed_at DESC, c.id DESC
                              LIMIT 1) s ON true
                GROUP BY w.week, 2 ORDER BY w.week, 2""").param("from", from).param("to", to)
                .query((rs, n) -> new WeekCount(rs.getObject(1, LocalDate.class), rs.getString(2), rs.getInt(3))).list();
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }

    private static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : new ArrayList<>(Arrays.asList((String[]) array.getArray()));
    }
}
