-- Equipment for working remotely: each item a practitioner has held, from the day it was provided to the day it was
-- withdrawn (none while they still have it), so readiness on any past date can be answered.
CREATE TABLE workforce.equipment_provision (
  id              UUID PRIMARY KEY,
  practitioner_id UUID NOT NULL REFERENCES workforce.practitioner (id) ON DELETE CASCADE,
  item            TEXT NOT NULL,
  provided_on     DATE NOT NULL,
  withdrawn_on    DATE,
  recorded_by     TEXT NOT NULL,
  recorded_at     TIMESTAMP WITH TIME ZONE NOT NULL,
  CONSTRAINT equipment_item_ck CHECK (item IN ('LAPTOP', 'WORK_MOBILE', 'VIDEO_LICENCE', 'REMOTE_RECORD_ACCESS', 'WORKSPACE')),
  CONSTRAINT equipment_period_ck CHECK (withdrawn_on IS NULL OR withdrawn_on >= provided_on)
);
-- At most one item of a kind held at a time.
CREATE UNIQUE INDEX equipment_held_uq ON workforce.equipment_provision (practitioner_id, item) WHERE withdrawn_on IS NULL;
CREATE INDEX equipment_practitioner_idx ON workforce.equipment_provision (practitioner_id, item, provided_on);
