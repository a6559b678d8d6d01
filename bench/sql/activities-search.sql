-- The directory search the /directory page runs for text + category + distance (DirectoryQueries.search), for
-- pgbench with -M prepared: each :name becomes a bound parameter, as the application's JdbcClient sends them, not
-- text pasted into the SQL. Same WHERE, ranking, distance and paging as the application; activities-search.sh
-- computes the parameters as the application does: -D text=walking -D category=physical-activity -D lat=50.26
-- -D lon=-5.05 -D radius=10 (miles) -D min_lat= -D max_lat= -D min_lon= -D max_lon= (the box around the centre)
-- -D stale_before= -D withheld_before= (6 and 12 months before today, UK time) -D page_size=20 -D offset=0.
SELECT l.id, l.name, o.name AS organisation, l.status, l.status_reason, l.delivery_mode, l.locality,
       l.last_verified_at, l.last_verified_at < :stale_before AS stale,
       l.last_verified_at < :withheld_before AS withheld, d.miles AS miles,
       ts_rank(l.search, websearch_to_tsquery('english', :text)) AS rank,
       (SELECT string_agg(t.name, ', ' ORDER BY t.name) FROM activities.listing_term lt
          JOIN activities.taxonomy_term t ON t.id = lt.term_id WHERE lt.listing_id = l.id) AS categories,
       count(*) OVER () AS total
FROM activities.listing l JOIN activities.organisation o ON o.id = l.organisation_id
JOIN LATERAL (SELECT min(2 * 3958.8 * asin(sqrt(power(sin(radians(loc.latitude - :lat) / 2), 2)
                 + cos(radians(:lat)) * cos(radians(loc.latitude)) * power(sin(radians(loc.longitude - :lon) / 2), 2))))
                 AS miles
              FROM activities.location loc
              WHERE loc.listing_id = l.id
                AND point(loc.longitude, loc.latitude) <@ box(point(:min_lon, :min_lat), point(:max_lon, :max_lat))) d
  ON d.miles <= :radius
WHERE true AND l.search @@ websearch_to_tsquery('english', :text)
  AND EXISTS (SELECT 1 FROM activities.listing_term lt JOIN activities.taxonomy_term t ON t.id = lt.term_id
              WHERE lt.listing_id = l.id AND t.code = :category)
  AND l.status <> 'CLOSED' AND l.last_verified_at >= :withheld_before
  AND l.extent && box(point(:min_lon, :min_lat), point(:max_lon, :max_lat))
ORDER BY rank DESC, d.miles, l.id LIMIT :page_size OFFSET :offset;
