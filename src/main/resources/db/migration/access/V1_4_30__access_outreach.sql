-- Proactive outreach lists (a shielding or vulnerable-patients list) and the welfare checks they create,
-- kept apart from the caseload. Contacts are recorded per person across every organisation of the ICS so
-- that a practitioner can see who else already called someone before calling them again.
CREATE TABLE access.outreach_list (
  id              UUID PRIMARY KEY,
  name            TEXT NOT NULL,
  organisation_id UUID NOT NULL,
  file_name       TEXT,
  imported_by     TEXT NOT NULL,
  imported_at     TIMESTAMP WITH TIME ZONE NOT NULL,
  rows_read       INT NOT NULL,
  rows_rejected   INT NOT NULL,
  checks_created  INT NOT NULL,
  already_listed  INT NOT NULL
);
CREATE INDEX outreach_list_org_idx ON access.outreach_list (organisation_id, imported_at DESC);

CREATE TABLE access.welfare_check (
  id              UUID PRIMARY KEY,
  list_id         UUID NOT NULL REFERENCES access.outreach_list (id),
  organisation_id UUID NOT NULL,
  person_id       UUID NOT NULL,
  reason          TEXT,
  status          TEXT NOT NULL DEFAULT 'TO_CALL',
  created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
  closed_at       TIMESTAMP WITH TIME ZONE,
  CONSTRAINT welfare_check_status_ck CHECK (status IN ('TO_CALL','NO_ANSWER','CONTACTED','NO_FURTHER_ACTION','REFERRED'))
);
-- One open welfare check per person per organisation: importing the same list twice adds nothing.
CREATE UNIQUE INDEX welfare_check_open_uq ON access.welfare_check (organisation_id, person_id)
  WHERE status IN ('TO_CALL','NO_ANSWER');
CREATE INDEX welfare_check_list_idx ON access.welfare_check (list_id, status, created_at);

CREATE TABLE access.welfare_contact (
  id               BIGSERIAL PRIMARY KEY,
  welfare_check_id UUID NOT NULL REFERENCES access.welfare_check (id),
  person_id        UUID NOT NULL,
  organisation_id  UUID NOT NULL,
  contacted_at     TIMESTAMP WITH TIME ZONE NOT NULL,
  contacted_by     TEXT NOT NULL,
  outcome          TEXT NOT NULL,
  note             TEXT,
  CONSTRAINT welfare_contact_outcome_ck CHECK (outcome IN ('NO_ANSWER','SPOKE_NO_NEEDS','SPOKE_NEEDS_SUPPORT','DECLINED','WRONG_NUMBER'))
);
CREATE INDEX welfare_contact_person_idx ON access.welfare_contact (person_id, contacted_at DESC);
