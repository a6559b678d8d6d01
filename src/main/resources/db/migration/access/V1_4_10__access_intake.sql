-- How the intake channels routed a referral when the referrer let the ICS choose the service.
CREATE TABLE access.referral_routing (
  referral_id   UUID PRIMARY KEY REFERENCES access.referral (id),
  routed_by_ics BOOLEAN NOT NULL,
  note          TEXT NOT NULL
);

-- Public self-referral submissions per client address, for the rate limit. Kept in PostgreSQL so every node
-- of a cluster counts the same submissions; rows older than a day are removed as new ones arrive.
CREATE TABLE access.self_referral_attempt (
  id             BIGSERIAL PRIMARY KEY,
  client_address TEXT NOT NULL,
  attempted_at   TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX self_referral_attempt_idx ON access.self_referral_attempt (client_address, attempted_at);
