-- Practitioners: link workers under any title, their employer, the services they deliver, their FTE and,
-- optionally, the sign-in account they use (a governance user, referenced by id only).
CREATE TABLE workforce.practitioner (
  id              UUID PRIMARY KEY,
  name            TEXT NOT NULL,
  job_title       TEXT NOT NULL,
  employer_id     UUID NOT NULL REFERENCES workforce.organisation (id),
  fte             NUMERIC(3,2) NOT NULL,
  user_account_id UUID,
  created_at      TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
  updated_at      TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
  version         BIGINT NOT NULL DEFAULT 0,
  CONSTRAINT practitioner_fte_ck CHECK (fte >= 0.1 AND fte <= 1.0)
);
CREATE INDEX practitioner_employer_idx ON workforce.practitioner (employer_id, lower(name));
CREATE UNIQUE INDEX practitioner_user_account_uq ON workforce.practitioner (user_account_id)
  WHERE user_account_id IS NOT NULL;

CREATE TABLE workforce.practitioner_service (
  practitioner_id UUID NOT NULL REFERENCES workforce.practitioner (id) ON DELETE CASCADE,
  service_id      UUID NOT NULL REFERENCES workforce.service (id),
  PRIMARY KEY (practitioner_id, service_id)
);
CREATE INDEX practitioner_service_service_idx ON workforce.practitioner_service (service_id);
