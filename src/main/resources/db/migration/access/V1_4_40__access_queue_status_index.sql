-- The triage queue counts a service's waiting referrals by status on every view, and pages through one status in
-- order of receipt. With the status in the index, the counts are an index-only scan (no visit to 5,000 rows of a
-- long queue) and each page is read in order without a sort.
CREATE INDEX referral_queue_status_idx ON access.referral (service_id, status, received_at, id)
    WHERE status IN ('RECEIVED', 'WAITLISTED');
DROP INDEX access.referral_queue_idx;
