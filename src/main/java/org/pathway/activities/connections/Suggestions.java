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
import org.pathway.activities.directory.DirectoryService;
import org.pathway.activities.directory.DirectorySettings;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Listings to suggest for a person: those in the directory categories that answer their referral's needs and
 * their plan's goals (the editable {@code activities.need_category} table), that they are old enough for, not
 * closed and not withheld as stale. Ranked by how many needs and goals they answer, then status (running first),
 * freshness and distance from the person's postcode; each with the reasons in words.
 */
@Service
class Suggestions {

    static final int LIMIT = 10;
    static final double NEARBY_MILES = 25;

    /** What the suggestion is for: a need or goal in words, and its kind and code in the mapping table. */
    record Want(String kind, String code, String words) {}

    record Suggestion(UUID listingId, String name, String organisation, ReferralRoute route, ListingStatus status,
            Double miles, Instant lastVerifiedAt, boolean stale, List<String> matches, double score, String reasons) {}

    private final JdbcClient jdbc;
    private final DirectoryService directory;
    private final DirectorySettings settings;
    private final Clock clock;

    Suggestions(JdbcClient jdbc, DirectoryService directory, DirectorySettings settings, Clock clock) {
        this.jdbc = jdbc;
        this.directory = directory;
        this.settings = settings;
        this.clock = clock;
    }

    List<Suggestion> suggest(Collection<Want> wants, Integer age, String postcode) {
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
        DirectoryService.Point origin = postcode == null ? null
                : directory.coordinatesOf(postcode.strip().toUpperCase(Locale.UK)).orElse(null);
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
            distance = "(SELECT min(" + DirectoryService.HAVERSINE + ") FROM activities.location loc"
                    + " WHERE loc.listing_id = l.id AND loc.latitude BETWEEN :minLat AND :maxLat"
                    + " AND loc.longitude BETWEEN :minLon AND :maxLon)";
            // In person only when near; online and phone listings reach anyone.
            near = " AND (l.delivery_mode IN ('ONLINE', 'PHONE') OR l.status = 'ONLINE_ONLY' OR EXISTS ("
                    + "SELECT 1 FROM activities.location loc WHERE loc.listing_id = l.id"
                    + " AND loc.latitude BETWEEN :minLat AND :maxLat AND loc.longitude BETWEEN :minLon AND :maxLon))";
        }
        List<Suggestion> candidates = new ArrayList<>();
        jdbc.sql("""
                SELECT l.id, l.name, o.name AS organisation, l.referral_route, l.status, l.last_verified_at,
                       l.last_verified_at < :staleBefore AS stale, %s AS miles,
                       ARRAY(SELECT t.code FROM activities.listing_term lt JOIN activities.taxonomy_term t
                             ON t.id = lt.term_id WHERE lt.listing_id = l.id AND t.code = ANY (:categories)) AS codes
                FROM activities.listing l JOIN activities.organisation o ON o.id = l.organisation_id
                WHERE l.status <> 'CLOSED' AND l.last_verified_at >= :withheldBefore
                  AND (CAST(:age AS integer) IS NULL OR ((l.min_age IS NULL OR l.min_age <= :age)
                       AND (l.max_age IS NULL OR l.max_age >= :age)))
                  AND EXISTS (SELECT 1 FROM activities.listing_term lt JOIN activities.taxonomy_term t ON t.id = lt.term_id
                              WHERE lt.listing_id = l.id AND t.code = ANY (:categories))%s
                LIMIT 2000""".formatted(distance, near))
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
                    double score = score(matched.size(), status, stale, miles);
                    candidates.add(new Suggestion(rs.getObject("id", UUID.class), rs.getString("name"),
                            rs.getString("organisation"), ReferralRoute.valueOf(rs.getString("referral_route")), status,
                            miles, verified, stale, List.copyOf(matched), score,
                            reasons(matched, status, miles, verified, stale)));
                });
        return candidates.stream()
                .sorted(Comparator.comparingDouble(Suggestion::score).reversed().thenComparing(Suggestion::name))
                .limit(LIMIT).toList();
    }

    /** More needs and goals answered first; then running before suspended, fresh before stale, near before far. */
    static double score(int matches, ListingStatus status, boolean stale, Double miles) {
        double s = matches * 10.0;
        s += switch (status) {
            case ACTIVE -> 4;
            case ONLINE_ONLY -> 3;
            case SUSPENDED -> -6;
            case CLOSED -> -100;
        };
        s += stale ? 0 : 2;
        // Online and phone activities reach anyone, but count as if 5 miles away: near in-person ones come first.
        s -= (miles == null ? 5.0 : Math.min(miles, NEARBY_MILES)) / 5.0;
        return s;
    }

    String reasons(Collection<String> matched, ListingStatus status, Double miles, Instant verified, boolean stale) {
        List<String> parts = new ArrayList<>();
        parts.add("matches " + String.join(", ", matched));
        if (status == ListingStatus.SUSPENDED) {
            parts.add("temporarily suspended");
        } else if (status == ListingStatus.ONLINE_ONLY) {
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
