-- A practitioner's profile: where they are based, the GP practices they cover, their specialisms (a managed list)
-- and the languages they speak; and each GP practice's social-prescribing champion (a named member of its staff).
ALTER TABLE workforce.practitioner
  ADD COLUMN base TEXT,
  ADD CONSTRAINT practitioner_base_ck CHECK (base IS NULL OR base IN ('GP_PRACTICE', 'OFFICE', 'COMMUNITY', 'REMOTE'));

CREATE TABLE workforce.specialism (
  id   UUID PRIMARY KEY,
  name TEXT NOT NULL
);
CREATE UNIQUE INDEX specialism_name_uq ON workforce.specialism (lower(name));
INSERT INTO workforce.specialism (id, name) VALUES
  ('7a2e1d63-1b62-4f1f-8b02-000000000001', 'End of life'),
  ('7a2e1d63-1b62-4f1f-8b02-000000000002', 'Dementia'),
  ('7a2e1d63-1b62-4f1f-8b02-000000000003', 'Mental health'),
  ('7a2e1d63-1b62-4f1f-8b02-000000000004', 'Young people'),
  ('7a2e1d63-1b62-4f1f-8b02-000000000005', 'Debt and housing'),
  ('7a2e1d63-1b62-4f1f-8b02-000000000006', 'Carers'),
  ('7a2e1d63-1b62-4f1f-8b02-000000000007', 'Long-term conditions'),
  ('7a2e1d63-1b62-4f1f-8b02-000000000008', 'Learning disabilities'),
  ('7a2e1d63-1b62-4f1f-8b02-000000000009', 'Substance misuse'),
  ('7a2e1d63-1b62-4f1f-8b02-000000000010', 'Physical activity');

CREATE TABLE workforce.practitioner_specialism (
  practitioner_id UUID NOT NULL REFERENCES workforce.practitioner (id) ON DELETE CASCADE,
  specialism_id   UUID NOT NULL REFERENCES workforce.specialism (id),
  PRIMARY KEY (practitioner_id, specialism_id)
);

CREATE TABLE workforce.practitioner_language (
  practitioner_id UUID NOT NULL REFERENCES workforce.practitioner (id) ON DELETE CASCADE,
  language        TEXT NOT NULL,
  PRIMARY KEY (practitioner_id, language)
);

CREATE TABLE workforce.practitioner_practice (
  practitioner_id UUID NOT NULL REFERENCES workforce.practitioner (id) ON DELETE CASCADE,
  practice_id     UUID NOT NULL REFERENCES workforce.organisation (id),
  PRIMARY KEY (practitioner_id, practice_id)
);
CREATE INDEX practitioner_practice_practice_idx ON workforce.practitioner_practice (practice_id);

CREATE TABLE workforce.practice_champion (
  practice_id UUID PRIMARY KEY REFERENCES workforce.organisation (id) ON DELETE CASCADE,
  name        TEXT NOT NULL,
  role        TEXT,
  phone       TEXT,
  email       TEXT,
  updated_by  TEXT NOT NULL,
  updated_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
