-- Time use: how a practitioner's hours in a week split between core social prescribing and other work, as they
-- recorded it. One row per practitioner per week (its Monday). Welfare calls recorded on outreach lists are not copied
-- here: they are counted from access.welfare_contact when the weeks are read.
CREATE TABLE workforce.time_use (
  practitioner_id    UUID NOT NULL REFERENCES workforce.practitioner (id) ON DELETE CASCADE,
  week_starting      DATE NOT NULL,
  core_hours         NUMERIC(4, 1) NOT NULL,
  welfare_hours      NUMERIC(4, 1) NOT NULL,
  practice_admin_hours NUMERIC(4, 1) NOT NULL,
  emergency_hours    NUMERIC(4, 1) NOT NULL,
  training_hours     NUMERIC(4, 1) NOT NULL,
  recorded_at        TIMESTAMP WITH TIME ZONE NOT NULL,
  PRIMARY KEY (practitioner_id, week_starting),
  CONSTRAINT time_use_monday_ck CHECK (extract(isodow FROM week_starting) = 1),
  CONSTRAINT time_use_hours_ck CHECK (core_hours >= 0 AND welfare_hours >= 0 AND practice_admin_hours >= 0
    AND emergency_hours >= 0 AND training_hours >= 0
    AND core_hours + welfare_hours + practice_admin_hours + emergency_hours + training_hours BETWEEN 0.1 AND 80)
);
CREATE INDEX time_use_week_idx ON workforce.time_use (week_starting);
