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
import org.pathway.activities.directory.DirectoryQueries.ListingRow;
import org.pathway.governance.PathwayUser;
import org.pathway.governance.Permissions;
import org.pathway.governance.Role;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Listings as the staff pages show them: one listing with its sessions, venues, contacts and status history (for
 * the public only a published one, not withheld, without contacts' phone and email), the lists of what needs
 * verifying and of the user's own listings, and the area view's weekly counts.
 */
@Service
class ListingQueries {

    private final JdbcClient jdbc;
    private final DirectorySettings settings;

    ListingQueries(JdbcClient jdbc, DirectorySettings settings) {
        this.jdbc = jdbc;
        this.settings = settings;
    }

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

    /** Listings not verified within the stale age and not closed, oldest first, in the user's scope. */
    Page<ListingRow> needsVerifying(PathwayUser user, int page) {
        Map<String, Object> p = ListingScope.params(user, true);
        p.put("staleBefore", Timestamp.from(settings.staleBefore()));
        p.put("withheldBefore", Timestamp.from(settings.withheldBefore()));
        p.put("limit", DirectoryQueries.PAGE_SIZE);
        p.put("offset", (long) page * DirectoryQueries.PAGE_SIZE);
        long[] total = {0};
        List<ListingRow> rows = jdbc.sql("""
                SELECT l.id, l.name, o.name AS organisation, l.status, l.status_reason, l.delivery_mode, l.locality,
                       l.last_verified_at, l.last_verified_at < :withheldBefore AS withheld, count(*) OVER () AS total
                FROM activities.listing l JOIN activities.organisation o ON o.id = l.organisation_id
                WHERE l.last_verified_at < :staleBefore AND l.status <> 'CLOSED' AND """ + ListingScope.SQL + """
                 ORDER BY l.last_verified_at, l.id LIMIT :limit OFFSET :offset""").params(p).query((rs, n) -> {
            total[0] = rs.getLong("total");
            return new ListingRow(rs.getObject("id", UUID.class), rs.getString("name"), rs.getString("organisation"),
                    ListingStatus.valueOf(rs.getString("status")), rs.getString("status_reason"),
                    DeliveryMode.valueOf(rs.getString("delivery_mode")), rs.getString("locality"),
                    instant(rs, "last_verified_at"), true, rs.getBoolean("withheld"), null, null);
        }).list();
        return new PageImpl<>(rows, PageRequest.of(page, DirectoryQueries.PAGE_SIZE), rows.isEmpty() ? 0 : total[0]);
    }

    /** Listings of the user's organisation (all for an administrator), by name. */
    Page<ListingRow> own(PathwayUser user, int page) {
        Map<String, Object> p = ListingScope.params(user, false);
        p.put("staleBefore", Timestamp.from(settings.staleBefore()));
        p.put("withheldBefore", Timestamp.from(settings.withheldBefore()));
        p.put("limit", DirectoryQueries.PAGE_SIZE);
        p.put("offset", (long) page * DirectoryQueries.PAGE_SIZE);
        long[] total = {0};
        List<ListingRow> rows = jdbc.sql("""
                SELECT l.id, l.name, o.name AS organisation, l.status, l.status_reason, l.delivery_mode, l.locality,
                       l.last_verified_at, l.last_verified_at < :staleBefore AS stale,
                       l.last_verified_at < :withheldBefore AS withheld, count(*) OVER () AS total
                FROM activities.listing l JOIN activities.organisation o ON o.id = l.organisation_id
                WHERE """ + ListingScope.SQL + " ORDER BY l.name, l.id LIMIT :limit OFFSET :offset").params(p).query((rs, n) -> {
            total[0] = rs.getLong("total");
            return new ListingRow(rs.getObject("id", UUID.class), rs.getString("name"), rs.getString("organisation"),
                    ListingStatus.valueOf(rs.getString("status")), rs.getString("status_reason"),
                    DeliveryMode.valueOf(rs.getString("delivery_mode")), rs.getString("locality"),
                    instant(rs, "last_verified_at"), rs.getBoolean("stale"), rs.getBoolean("withheld"), null, null);
        }).list();
        return new PageImpl<>(rows, PageRequest.of(page, DirectoryQueries.PAGE_SIZE), rows.isEmpty() ? 0 : total[0]);
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

