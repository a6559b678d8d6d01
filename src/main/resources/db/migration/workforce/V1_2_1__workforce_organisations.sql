CREATE SCHEMA workforce;

-- The organisation structure of an ICS: the ICS itself, its localities, PCNs and GP practices
-- (with ODS codes), and the organisations that employ link workers or run community activities.
CREATE TABLE workforce.organisation (
  id               UUID PRIMARY KEY,
  kind             TEXT NOT NULL,
  name             TEXT NOT NULL,
  ods_code         TEXT,
  parent_id        UUID REFERENCES workforce.organisation (id),
  employer_type    TEXT,
  contracting      TEXT,
  funding_source   TEXT,
  postcode         TEXT,
  created_at       TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
  CONSTRAINT organisation_kind_ck CHECK (kind IN ('ICS','LOCALITY','PCN','GP_PRACTICE','EMPLOYER','PROVIDER')),
  CONSTRAINT organisation_employer_type_ck CHECK (employer_type IS NULL OR
      employer_type IN ('PCN','VCSE','NHS_TRUST','LOCAL_AUTHORITY','OTHER')),
  CONSTRAINT organisation_contracting_ck CHECK (contracting IS NULL OR
      contracting IN ('DIRECT','SUB_CONTRACTED','MIXED'))
);
CREATE UNIQUE INDEX organisation_ods_code_uq ON workforce.organisation (ods_code) WHERE ods_code IS NOT NULL;
CREATE INDEX organisation_parent_idx ON workforce.organisation (parent_id);
CREATE INDEX organisation_kind_idx ON workforce.organisation (kind, name);
