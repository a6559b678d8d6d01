-- The directory search the /directory page runs for text + category + distance (DirectoryService.search),
-- as raw SQL for pgbench: -D "text='walk'" -D "category='physical-activity'" (simple protocol, values quoted) -D lat=50.26 -D lon=-5.05 -D radius=10
-- (radius in miles). Same WHERE, ranking, distance and paging as the application.
\set dlat :radius / 69.05
SELECT l.id, l.name, o.name AS organisation, l.status, l.status_reason, l.delivery_mode, l.locality,
       l.last_verified_at, l.last_verified_at < now() - interval '6 months' AS stale,
       l.last_verified_at < now() - interval '12 months' AS withheld, d.miles,
       ts_rank(l.search, websearch_to_tsquery('english', :text)) AS rank,
       (SELECT string_agg(t.name, ', ' ORDER BY t.name) FROM activities.listing_term lt
          JOIN activities.taxonomy_term t ON t.id = lt.term_id WHERE lt.listing_id = l.id) AS categories,
       count(*) OVER () AS total
FROM activities.listing l JOIN activities.organisation o ON o.id = l.organisation_id
JOIN LATERAL (SELECT min(2 * 3958.8 * asin(sqrt(power(sin(radians(loc.latitude - :lat) / 2), 2)
                 + cos(radians(:lat)) * cos(radians(loc.latitude)) * power(sin(radians(loc.longitude - :lon) / 2), 2)))) AS miles
              FROM activities.location loc
              WHERE loc.listing_id = l.id
                AND point(loc.longitude, loc.latitude) <@ box(point(:lon - :dlat / cos(radians(:lat)), :lat - :dlat),
                                                              point(:lon + :dlat / cos(radians(:lat)), :lat + :dlat))) d
  ON d.miles <= :radius
WHERE l.search @@ websearch_to_tsquery('english', :text)
  AND l.extent && box(point(:lon - :dlat / cos(radians(:lat)), :lat - :dlat), point(:lon + :dlat / cos(radians(:lat)), :lat + :dlat))
  AND EXISTS (SELECT 1 FROM activities.listing_term lt JOIN activities.taxonomy_term t ON t.id = lt.term_id
              WHERE lt.listing_id = l.id AND t.code = :category)
  AND l.status <> 'CLOSED' AND l.last_verified_at >= now() - interval '12 months'
ORDER BY rank DESC, d.miles, l.id LIMIT 20 OFFSET 0;
