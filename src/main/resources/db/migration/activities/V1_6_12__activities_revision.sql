-- A counter that moves whenever a directory listing changes, by any path (forms, imports, loaders, SQL). The
-- public API caches the order of all public listings against it, so every node sees a change at once.
CREATE TABLE activities.revision (
  singleton BOOLEAN PRIMARY KEY DEFAULT TRUE CHECK (singleton),
  value     BIGINT NOT NULL
);
INSERT INTO activities.revision (singleton, value) VALUES (TRUE, 0);

CREATE FUNCTION activities.bump_revision() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE activities.revision SET value = value + 1;
  RETURN NULL;
END $$;

CREATE TRIGGER listing_revision AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON activities.listing
  FOR EACH STATEMENT EXECUTE FUNCTION activities.bump_revision();
