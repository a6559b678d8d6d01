-- Distance searches start from spatial indexes (decision 0015).
-- Each location's point, for searches that list locations (HSDS service_at_locations near a postcode).
CREATE INDEX location_point ON activities.location USING gist (point(longitude, latitude));

-- Each listing's extent: the box around all its located locations (NULL when it has none). A search combining
-- words and a distance intersects the word index and this one before reading any listing.
ALTER TABLE activities.listing ADD COLUMN extent box;

CREATE FUNCTION activities.extent_of(listing UUID) RETURNS box LANGUAGE sql STABLE AS $$
  SELECT box(point(min(longitude), min(latitude)), point(max(longitude), max(latitude)))
  FROM activities.location WHERE listing_id = listing AND latitude IS NOT NULL AND longitude IS NOT NULL
$$;

UPDATE activities.listing l SET extent = e.extent
FROM (SELECT listing_id, box(point(min(longitude), min(latitude)), point(max(longitude), max(latitude))) AS extent
      FROM activities.location WHERE latitude IS NOT NULL AND longitude IS NOT NULL GROUP BY listing_id) e
WHERE e.listing_id = l.id;

CREATE INDEX listing_extent ON activities.listing USING gist (extent) WHERE extent IS NOT NULL;

-- Kept true by whatever writes locations (forms, imports, loaders, SQL): once per statement, for the listings it touched.
CREATE FUNCTION activities.refresh_listing_extent() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    UPDATE activities.listing l SET extent = activities.extent_of(l.id)
    WHERE l.id IN (SELECT listing_id FROM new_rows);
  ELSIF TG_OP = 'DELETE' THEN
    UPDATE activities.listing l SET extent = activities.extent_of(l.id)
    WHERE l.id IN (SELECT listing_id FROM old_rows);
  ELSE
    UPDATE activities.listing l SET extent = activities.extent_of(l.id)
    WHERE l.id IN (SELECT listing_id FROM new_rows UNION SELECT listing_id FROM old_rows);
  END IF;
  RETURN NULL;
END $$;

CREATE TRIGGER location_extent_insert AFTER INSERT ON activities.location REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION activities.refresh_listing_extent();
CREATE TRIGGER location_extent_update AFTER UPDATE ON activities.location
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION activities.refresh_listing_extent();
CREATE TRIGGER location_extent_delete AFTER DELETE ON activities.location REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION activities.refresh_listing_extent();
