-- Supervision: how often each service requires each kind (clinical, managerial, peer), and the sessions practitioners
-- have had (date, kind, supervisor, length). What was discussed is not recorded here.
CREATE TABLE workforce.service_supervision_requirement (
  service_id  UUID NOT NULL REFERENCES workforce.service (id) ON DELETE CASCADE,
  kind        TEXT NOT NULL,
  every_weeks INTEGER NOT NULL,
  PRIMARY KEY (service_id, kind),
  CONSTRAINT service_supervision_kind_ck CHECK (kind IN ('CLINICAL', 'MANAGERIAL', 'PEER')),
  CONSTRAINT service_supervision_weeks_ck CHECK (every_weeks BETWEEN 1 AND 52)
);

CREATE TABLE workforce.supervision_session (
  id              UUID PRIMARY KEY,
  practitioner_id UUID NOT NULL REFERENCES workforce.practitioner (id) ON DELETE CASCADE,
  kind            TEXT NOT NULL,
  held_on         DATE NOT NULL,
  supervisor      TEXT NOT NULL,
  minutes         INTEGER NOT NULL,
  recorded_by     TEXT NOT NULL,
  recorded_at     TIMESTAMP WITH TIME ZONE NOT NULL,
  CONSTRAINT supervision_session_kind_ck CHECK (kind IN ('CLINICAL', 'MANAGERIAL', 'PEER')),
  CONSTRAINT supervision_session_minutes_ck CHECK (minutes BETWEEN 5 AND 480)
);
-- One session of a kind a day: the same session logged twice is one.
CREATE UNIQUE INDEX supervision_session_uq ON workforce.supervision_session (practitioner_id, kind, held_on);
CREATE INDEX supervision_session_held_idx ON workforce.supervision_session (held_on);
