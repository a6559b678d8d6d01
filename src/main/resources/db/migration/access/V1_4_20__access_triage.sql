-- Triage: a practitioner's open caseload (accepted referrals allocated to them), and the per-service figures over
-- referrals decided recently.
CREATE INDEX referral_allocated_idx ON access.referral (allocated_practitioner_id) WHERE status = 'ACCEPTED';
CREATE INDEX referral_service_decided_idx ON access.referral (service_id, decided_at) WHERE status = 'ACCEPTED';
