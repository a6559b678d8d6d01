-- Referrals from every channel. person_id refers to people.person and service_id to workforce.service by id
-- only: modules do not join each other's tables.
CREATE TABLE access.referral (
  id                       UUID PRIMARY KEY,
  reference                TEXT NOT NULL UNIQUE,
  submission_key           TEXT UNIQUE,
  person_id                UUID NOT NULL,
  service_id               UUID,
  channel                  TEXT NOT NULL,
  source                   TEXT NOT NULL,
  referrer_username        TEXT,
  referrer_name            TEXT,
  referrer_organisation_id UUID,
  gp_practice_id           UUID,
  needs                    TEXT[] NOT NULL DEFAULT '{}',
  context                  TEXT,
  urgent                   BOOLEAN NOT NULL DEFAULT FALSE,
  risk_flags               TEXT[] NOT NULL DEFAULT '{}',
  safeguarding_concern     BOOLEAN NOT NULL DEFAULT FALSE,
  ready_to_work_on_goals   BOOLEAN,
  consent_to_referral      BOOLEAN NOT NULL,
  consent_to_contact       BOOLEAN NOT NULL,
  consent_to_share_with_gp BOOLEAN NOT NULL,
  status                   TEXT NOT NULL,
  received_at              TIMESTAMP WITH TIME ZONE NOT NULL,
  first_action_at          TIMESTAMP WITH TIME ZONE,
  decided_at               TIMESTAMP WITH TIME ZONE,
  allocated_practitioner_id UUID,
  outside_criteria_reason  TEXT,
  decline_reason           TEXT,
  redirected_to            UUID REFERENCES access.referral (id),
  redirected_from          UUID REFERENCES access.referral (id),
  waitlisted_at            TIMESTAMP WITH TIME ZONE,
  version                  BIGINT NOT NULL DEFAULT 0,
  CONSTRAINT referral_status_ck CHECK (status IN ('RECEIVED','WAITLISTED','ACCEPTED','DECLINED','REDIRECTED','WITHDRAWN')),
  CONSTRAINT referral_channel_ck CHECK (channel IN ('STAFF_FORM','SELF_REFERRAL','FHIR','OUTREACH'))
);
-- The triage queue: open referrals per service, oldest first.
CREATE INDEX referral_queue_idx ON access.referral (service_id, received_at) WHERE status IN ('RECEIVED','WAITLISTED');
CREATE INDEX referral_referrer_idx ON access.referral (referrer_username, received_at DESC);
CREATE INDEX referral_person_idx ON access.referral (person_id);
CREATE INDEX referral_service_time_idx ON access.referral (service_id, received_at);

-- Every change of state: when, who, and why.
CREATE TABLE access.referral_status_change (
  id          BIGSERIAL PRIMARY KEY,
  referral_id UUID NOT NULL REFERENCES access.referral (id),
  from_status TEXT,
  to_status   TEXT NOT NULL,
  changed_at  TIMESTAMP WITH TIME ZONE NOT NULL,
  changed_by  TEXT NOT NULL,
  reason      TEXT
);
CREATE INDEX referral_status_change_idx ON access.referral_status_change (referral_id, changed_at);
