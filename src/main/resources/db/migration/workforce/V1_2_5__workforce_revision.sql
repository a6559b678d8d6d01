-- A counter that moves whenever the organisation structure or a service changes, by any path (forms, loaders,
-- SQL). Readers cache services and delivery models against it, so every node sees a change at once.
CREATE TABLE workforce.revision (
  singleton BOOLEAN PRIMARY KEY DEFAULT TRUE CHECK (singleton),
  value     BIGINT NOT NULL
);
INSERT INTO workforce.revision (singleton, value) VALUES (TRUE, 0);

CREATE FUNCTION workforce.bump_revision() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE workforce.revision SET value = value + 1;
  RETURN NULL;
END $$;

DO $$
DECLARE t TEXT;
BEGIN
  FOREACH t IN ARRAY ARRAY['organisation', 'service', 'service_included_need', 'service_excluded_need',
                           'service_exclusion', 'service_area'] LOOP
    EXECUTE format('CREATE TRIGGER %I AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON workforce.%I
                    FOR EACH STATEMENT EXECUTE FUNCTION workforce.bump_revision()', t || '_revision', t);
  END LOOP;
END $$;
