-- Cases: one episode of support per accepted referral. referral_id, person_id, service_id, organisation_id and
-- practitioner_id refer to other modules' records by id only: modules do not join each other's tables.
-- The caseload reads this one table: the figures it shows (last contact, sessions, what is due next, open
-- safeguarding concerns) are kept on the case row as contacts, tasks and notes change, never aggregated per view.
CREATE TABLE engagement.case_episode (
  id                    UUID PRIMARY KEY,
  referral_id           UUID NOT NULL UNIQUE,
  person_id             UUID NOT NULL,
  service_id            UUID NOT NULL,
  organisation_id       UUID NOT NULL,
  practitioner_id       UUID NOT NULL,
  status                TEXT NOT NULL,
  opened_at             TIMESTAMP WITH TIME ZONE NOT NULL,
  closed_at             TIMESTAMP WITH TIME ZONE,
  closure_reason        TEXT,
  closure_note          TEXT,
  -- what the referral said, copied when the case opens
  referred_at           TIMESTAMP WITH TIME ZONE NOT NULL,
  urgent                BOOLEAN NOT NULL DEFAULT FALSE,
  risk_flags            TEXT[] NOT NULL DEFAULT '{}',
  -- the service's delivery model when the case opened
  session_cap           INTEGER,
  review_interval_weeks INTEGER,
  -- kept up to date as the work is recorded
  contacts_count        INTEGER NOT NULL DEFAULT 0,
  failed_attempts_count INTEGER NOT NULL DEFAULT 0,
  last_contact_on       DATE,
  next_due_on           DATE,
  next_due_title        TEXT,
  review_due_on         DATE,
  open_safeguarding     INTEGER NOT NULL DEFAULT 0,
  version               BIGINT NOT NULL DEFAULT 0,
  CONSTRAINT case_status_ck CHECK (status IN ('OPEN','CLOSED')),
  CONSTRAINT case_closure_ck CHECK (closure_reason IS NULL OR closure_reason IN ('GOALS_MET','CONNECTED_TO_COMMUNITY',
      'DECLINED_FURTHER_SUPPORT','UNABLE_TO_CONTACT','MOVED_AWAY','REFERRED_ON','DIED'))
);
-- A practitioner's caseload and a team caseload, by status, soonest due first.
CREATE INDEX case_practitioner_idx ON engagement.case_episode (practitioner_id, status, next_due_on, id);
CREATE INDEX case_organisation_idx ON engagement.case_episode (organisation_id, status, next_due_on, id);
CREATE INDEX case_person_idx ON engagement.case_episode (person_id);

-- Cases given explicitly to another link worker (cover for leave, joint work), until revoked.
CREATE TABLE engagement.case_access_grant (
  id              BIGSERIAL PRIMARY KEY,
  case_id         UUID NOT NULL REFERENCES engagement.case_episode (id),
  practitioner_id UUID NOT NULL,
  reason          TEXT NOT NULL,
  granted_at      TIMESTAMP WITH TIME ZONE NOT NULL,
  granted_by      TEXT NOT NULL,
  revoked_at      TIMESTAMP WITH TIME ZONE,
  revoked_by      TEXT
);
CREATE INDEX case_grant_practitioner_idx ON engagement.case_access_grant (practitioner_id, case_id) WHERE revoked_at IS NULL;
CREATE INDEX case_grant_case_idx ON engagement.case_access_grant (case_id);

-- Every change of a case's lifecycle: opened, closed, reopened, reallocated, granted. Never changed once written.
CREATE TABLE engagement.case_change (
  id                BIGSERIAL PRIMARY KEY,
  case_id           UUID NOT NULL REFERENCES engagement.case_episode (id),
  kind              TEXT NOT NULL,
  from_practitioner UUID,
  to_practitioner   UUID,
  reason            TEXT,
  changed_at        TIMESTAMP WITH TIME ZONE NOT NULL,
  changed_by        TEXT NOT NULL,
  CONSTRAINT case_change_kind_ck CHECK (kind IN ('OPENED','CLOSED','REOPENED','REALLOCATED','GRANTED','REVOKED'))
);
CREATE INDEX case_change_case_idx ON engagement.case_change (case_id, changed_at);

-- Contacts with the person, and attempts that did not reach them (successful = false).
CREATE TABLE engagement.contact (
  id               UUID PRIMARY KEY,
  case_id          UUID NOT NULL REFERENCES engagement.case_episode (id),
  occurred_on      DATE NOT NULL,
  successful       BOOLEAN NOT NULL,
  mode             TEXT NOT NULL,
  duration_minutes INTEGER,
  kind_of_work     TEXT,
  depth            TEXT,
  note             TEXT,
  over_cap_reason  TEXT,
  recorded_at      TIMESTAMP WITH TIME ZONE NOT NULL,
  recorded_by      TEXT NOT NULL,
  CONSTRAINT contact_mode_ck CHECK (mode IN ('FACE_TO_FACE_PRACTICE','FACE_TO_FACE_HOME','FACE_TO_FACE_COMMUNITY',
      'PHONE','VIDEO','TEXT_OR_EMAIL','GROUP')),
  CONSTRAINT contact_kind_ck CHECK (kind_of_work IS NULL OR kind_of_work IN ('CORE','EMERGENCY_WELFARE','ADMINISTRATION')),
  CONSTRAINT contact_depth_ck CHECK (depth IS NULL OR depth IN ('SIGNPOSTING','LIGHT','HOLISTIC')),
  CONSTRAINT contact_complete_ck CHECK (NOT successful OR (duration_minutes IS NOT NULL AND kind_of_work IS NOT NULL
      AND depth IS NOT NULL))
);
CREATE INDEX contact_case_idx ON engagement.contact (case_id, occurred_on DESC, recorded_at DESC);

-- Notes on a case; a safeguarding concern stays on the case and with the manager until resolved.
CREATE TABLE engagement.case_note (
  id              UUID PRIMARY KEY,
  case_id         UUID NOT NULL REFERENCES engagement.case_episode (id),
  body            TEXT NOT NULL,
  safeguarding    BOOLEAN NOT NULL DEFAULT FALSE,
  written_at      TIMESTAMP WITH TIME ZONE NOT NULL,
  written_by      TEXT NOT NULL,
  resolved_at     TIMESTAMP WITH TIME ZONE,
  resolved_by     TEXT,
  resolution_note TEXT
);
CREATE INDEX case_note_case_idx ON engagement.case_note (case_id, written_at DESC);
CREATE INDEX case_note_open_concern_idx ON engagement.case_note (case_id) WHERE safeguarding AND resolved_at IS NULL;

-- Tasks and reminders: next contact due, review due, anything else.
CREATE TABLE engagement.case_task (
  id           UUID PRIMARY KEY,
  case_id      UUID NOT NULL REFERENCES engagement.case_episode (id),
  kind         TEXT NOT NULL,
  title        TEXT NOT NULL,
  due_on       DATE NOT NULL,
  created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
  created_by   TEXT NOT NULL,
  completed_at TIMESTAMP WITH TIME ZONE,
  completed_by TEXT,
  CONSTRAINT case_task_kind_ck CHECK (kind IN ('NEXT_CONTACT','REVIEW','OTHER'))
);
CREATE INDEX case_task_open_idx ON engagement.case_task (case_id, due_on) WHERE completed_at IS NULL;
