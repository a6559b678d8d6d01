-- The wellbeing pulse: five questions on a 1 to 5 scale and an optional comment, asked of each practitioner every few
-- weeks (set per employing organisation; 4 when not set). One answer per practitioner per period.
CREATE TABLE workforce.pulse_schedule (
  organisation_id UUID PRIMARY KEY REFERENCES workforce.organisation (id) ON DELETE CASCADE,
  every_weeks     INTEGER NOT NULL,
  CONSTRAINT pulse_schedule_weeks_ck CHECK (every_weeks BETWEEN 1 AND 26)
);

CREATE TABLE workforce.pulse_response (
  id              UUID PRIMARY KEY,
  practitioner_id UUID NOT NULL REFERENCES workforce.practitioner (id) ON DELETE CASCADE,
  period_start    DATE NOT NULL,
  submitted_at    TIMESTAMP WITH TIME ZONE NOT NULL,
  workload        SMALLINT NOT NULL,
  support         SMALLINT NOT NULL,
  clarity         SMALLINT NOT NULL,
  confidence      SMALLINT NOT NULL,
  wellbeing       SMALLINT NOT NULL,
  comment         TEXT,
  CONSTRAINT pulse_response_scale_ck CHECK (workload BETWEEN 1 AND 5 AND support BETWEEN 1 AND 5
    AND clarity BETWEEN 1 AND 5 AND confidence BETWEEN 1 AND 5 AND wellbeing BETWEEN 1 AND 5)
);
CREATE UNIQUE INDEX pulse_response_period_uq ON workforce.pulse_response (practitioner_id, period_start);
CREATE INDEX pulse_response_period_idx ON workforce.pulse_response (period_start);
