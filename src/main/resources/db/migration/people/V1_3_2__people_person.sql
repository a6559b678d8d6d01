-- The person: one row per real person, whichever service or channel referred them.
CREATE TABLE people.person (
  id                  UUID PRIMARY KEY,
  given_name          TEXT NOT NULL,
  family_name         TEXT NOT NULL,
  match_given_name    TEXT NOT NULL,
  match_family_name   TEXT NOT NULL,
  date_of_birth       DATE NOT NULL,
  nhs_number          TEXT,
  sex                 TEXT,
  gender              TEXT,
  ethnic_category     TEXT,
  postcode            TEXT,
  phone               TEXT,
  email               TEXT,
  preferred_contact   TEXT,
  communication_needs TEXT,
  interpreter_language TEXT,
  created_at          TIMESTAMP WITH TIME ZONE NOT NULL,
  created_by          TEXT NOT NULL,
  updated_at          TIMESTAMP WITH TIME ZONE NOT NULL,
  version             BIGINT NOT NULL DEFAULT 0,
  CONSTRAINT person_sex_ck CHECK (sex IS NULL OR sex IN ('FEMALE','MALE','INDETERMINATE','NOT_KNOWN')),
  CONSTRAINT person_contact_ck CHECK (preferred_contact IS NULL OR preferred_contact IN ('PHONE','TEXT','EMAIL','LETTER')),
  CONSTRAINT person_nhs_number_ck CHECK (nhs_number IS NULL OR nhs_number ~ '^[0-9]{10}$')
);
-- Never two people for one NHS number.
CREATE UNIQUE INDEX person_nhs_number_uq ON people.person (nhs_number) WHERE nhs_number IS NOT NULL;
-- Demographic matching starts from the date of birth.
CREATE INDEX person_dob_idx ON people.person (date_of_birth, match_family_name);

-- Consent per purpose, with when and by whom it was recorded; a withdrawal is a new row, never an edit.
CREATE TABLE people.consent (
  id           BIGSERIAL PRIMARY KEY,
  person_id    UUID NOT NULL REFERENCES people.person (id),
  purpose      TEXT NOT NULL,
  given        BOOLEAN NOT NULL,
  recorded_at  TIMESTAMP WITH TIME ZONE NOT NULL,
  recorded_by  TEXT NOT NULL,
  CONSTRAINT consent_purpose_ck CHECK (purpose IN ('REFERRAL','CONTACT','SHARE_WITH_GP'))
);
CREATE INDEX consent_person_idx ON people.consent (person_id, purpose, recorded_at DESC);
