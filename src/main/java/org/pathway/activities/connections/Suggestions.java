package org.pathway.activities.connections;

import java.sql.Array;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.pathway.activities.ListingStatus;
import org.pathway.activities.ReferralRoute;
import org.pathway.activities.directory.DirectoryQueries;
import org.pathway.activities.directory.DirectorySettings;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Listings to suggest for a person: those in the directory categories that answer their referral's needs and
 * their plan's goals (the editable {@code activities.need_category} table), that they are old enough for and that
 * can take a new connection (not closed, not suspended, not withheld as unverified). Running listings first (in
 * person before online only), then those verified recently, then the nearest (online and phone activities count as
 * {@value #ONLINE_COUNTS_AS_MILES} miles away), then those answering more needs and goals; each with the reasons in
 * words.
 */
@Service
class Suggestions {

    static final int LIMIT = 10;
    static final double NEARBY_MILES = 25;
    static final double ONLINE_COUNTS_AS_MILES = 5;

    /** The order the page claims: running, fresh, near, then the more needs and goals answered, then by name. */
    static final Comparator<Suggestion> ORDER = Comparator
            .comparing((Suggestion s) -> s.status() == ListingStatus.ACTIVE ? 0 : 1)
            .thenComparing(Suggestion::stale)
            .thenComparingDouble(s -> s.miles() == null ? ONLINE_COUNTS_AS_MILES : s.miles())
            .thenComparing(s -> -s.matches().size())
            .thenComparing(Suggestion::name);

    /** What the suggestion is for: a need or goal in words, and its kind and code in the mapping table. */
    record Want(String kind, String code, String words) {}

    record Suggestion(UUID listingId, String name, String organisation, ReferralRoute route, ListingStatus status,
            Double miles, Instant lastVerifiedAt, boolean stale, List<String> matches, String reasons) {}

    private final JdbcClient jdbc;
    private final DirectorySettings settings;
    private final Clock clock;

    Suggestions(JdbcClient jdbc, DirectorySettings settings, Clock clock) {
        this.jdbc = jdbc;
        this.settings = settings;
        this.clock = clock;
    }

    /** Suggestions for the wants, for a person of this age living at {@code origin} (null when not known). */
    List<Suggestion> suggest(Collection<Want> wants, Integer age, DirectoryQueries.Point origin) {
        if (wants.isEmpty()) {
            return List.of();
        }
        // category code -> the needs and goals it answers, in words
        Map<String, Set<String>> answers = new LinkedHashMap<>();
        for (Want w : wants) {
            jdbc.sql("SELECT category FROM activities.need_category WHERE kind = ? AND code = ?")
                    .params(w.kind(), w.code()).query(String.class).list()
                    .forEach(cat -> answers.computeIfAbsent(cat, k -> new LinkedHashSet<>()).add(w.words()));
        }
        if (answers.isEmpty()) {
            return List.of();
        }
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("categories", answers.keySet().toArray(String[]::new));
        p.put("staleBefore", Timestamp.from(settings.staleBefore()));
        p.put("withheldBefore", Timestamp.from(settings.withheldBefore()));
        p.put("age", age);
        String distance = "NULL::double precision";
        String near = "";
        if (origin != null) {
            double dLat = NEARBY_MILES / 69.05;
            double dLon = NEARBY_MILES / (69.05 * Math.max(0.01, Math.cos(Math.toRadians(origin.latitude()))));
            p.put("lat", origin.latitude());
            p.put("lon", origin.longitude());
            p.put("minLat", origin.latitude() - dLat);
            p.put("maxLat", origin.latitude() + dLat);
            p.put("minLon", origin.longitude() - dLon);
            p.put("maxLon", origin.longitude() + dLon);
            // Online and phone activities (and those online only for now) have no distance: they reach anyone.
            distance = "(CASE WHEN l.delivery_mode IN ('ONLINE', 'PHONE') OR l.status = 'ONLINE_ONLY' THEN NULL ELSE"
                    + " (SELECT min(" + DirectoryQueries.HAVERSINE + ") FROM activities.location loc"
                    + " WHERE loc.listing_id = l.id AND loc.latitude BETWEEN :minLat AND :maxLat"
                    + " AND loc.longitude BETWEEN :minLon AND :maxLon) END)";
            // In person only when near; online and phone listings reach anyone.
            near = " AND (l.delivery_mode IN ('ONLINE', 'PHONE') OR l.status = 'ONLINE_ONLY' OR EXISTS ("
                    + "SELECT 1 FROM activities.location loc WHERE loc.listing_id = l.id"
                    + " AND loc.latitude BETWEEN :minLat AND :maxLat AND loc.longitude BETWEEN :minLon AND :maxLon))";
        }
        List<Suggestion> candidates = new ArrayList<>();
        jdbc.sql("""
                SELECT * FROM (
                SELECT l.id, l.name, o.name AS organisation, l.referral_route, l.status, l.last_verified_at,
                       l.last_verified_at < :staleBefore AS stale, %s AS miles,
                       ARRAY(SELECT t.code FROM activities.listing_term lt JOIN activities.taxonomy_term t
                             ON t.id = lt.term_id WHERE lt.listing_id = l.id AND t.code = ANY (:categories)) AS codes
                FROM activities.listing l JOIN activities.organisation o ON o.id = l.organisation_id
                WHERE l.status IN ('ACTIVE', 'ONLINE_ONLY') AND l.last_verified_at >= :withheldBefore
                  AND (CAST(:age AS integer) IS NULL OR ((l.min_age IS NULL OR l.min_age <= :age)
                       AND (l.max_age IS NULL OR l.max_age >= :age)))
                  AND EXISTS (SELECT 1 FROM activities.listing_term lt JOIN activities.taxonomy_term t ON t.id = lt.term_id
                              WHERE lt.listing_id = l.id AND t.code = ANY (:categories))%s
                ) c
                ORDER BY c.status <> 'ACTIVE', c.stale, COALESCE(c.miles, %s), c.name
                LIMIT 2000""".formatted(distance, near, ONLINE_COUNTS_AS_MILES))
                .params(p)
                .query(rs -> {
                    Array codes = rs.getArray("codes");
                    Set<String> matched = new LinkedHashSet<>();
                    for (String code : (String[]) codes.getArray()) {
                        matched.addAll(answers.getOrDefault(code, Set.of()));
                    }
                    Double miles = (Double) rs.getObject("miles");
                    ListingStatus status = ListingStatus.valueOf(rs.getString("status"));
                    Instant verified = rs.getTimestamp("last_verified_at").toInstant();
                    boolean stale = rs.getBoolean("stale");
                    candidates.add(new Suggestion(rs.getObject("id", UUID.class), rs.getString("name"),
                            rs.getString("organisation"), ReferralRoute.valueOf(rs.getString("referral_route")), status,
                            miles, verified, stale, List.copyOf(matched), reasons(matched, status, miles, verified, stale)));
                });
        return candidates.stream().sorted(ORDER).limit(LIMIT).toList();
    }

    String reasons(Collection<String> matched, ListingStatus status, Double miles, Instant verified, boolean stale) {
        List<String> parts = new ArrayList<>();
        parts.add("matches " + String.join(", ", matched));
        if (status == ListingStatus.ONLINE_ONLY) {
            parts.add("online only");
        }
        if (miles != null) {
            parts.add(String.format(Locale.UK, "%.1f miles", miles));
        }
        parts.add((stale ? "not verified since " : "verified ") + ago(verified, clock.instant()));
        return String.join("; ", parts);
    }

    /** "today", "5 days ago", "3 weeks ago", "4 months ago", "over a year ago". */
    static String ago(Instant then, Instant now) {
        long days = Math.max(0, Duration.between(then, now).toDays());
        if (days == 0) {
            return "today";
        }
        if (days < 14) {
            return days == 1 ? "yesterday" : days + " days ago";
        }
        if (days < 60) {
            return (days / 7) + " weeks ago";
        }
        if (days < 365) {
            return (days / 30) + " months ago";
        }
        return "over a year ago";
    }

    static Integer ageOn(LocalDate dateOfBirth, LocalDate today) {
        return dateOfBirth == null ? null : java.time.Period.between(dateOfBirth, today).getYears();
    }

}
