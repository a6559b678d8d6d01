-- The triage-queue scenario of the access benchmark (not demo data): service :queue gets new referrals until
-- 5,000 are waiting in it (received or on the waiting list), received over the last 60 days, a fifth of them on
-- the waiting list, for people the national demo already holds. Run by access-national.sh; adds nothing when
-- the queue is already that long.
SET synchronous_commit = off;
SELECT greatest(0, 5000 - (SELECT count(*) FROM access.referral
                           WHERE service_id = :'queue' AND status IN ('RECEIVED', 'WAITLISTED'))) AS missing \gset

CREATE TEMP TABLE queued AS
SELECT gen_random_uuid() AS id, (row_number() OVER ())::int AS g, p.id AS person_id
FROM (SELECT id FROM people.person ORDER BY id LIMIT :missing) p;

INSERT INTO access.referral (id, reference, person_id, service_id, channel, source, referrer_username, needs, urgent,
                             consent_to_referral, consent_to_contact, consent_to_share_with_gp, status, received_at,
                             waitlisted_at, first_action_at)
SELECT id, 'PQ-' || to_char(now(), 'YYMMDDHH24MISS') || '-' || lpad(g::text, 5, '0'), person_id, :'queue',
       'STAFF_FORM', 'GP', 'referrer', ARRAY['LONELINESS','BEREAVEMENT'], g % 13 = 0, true, true, true,
       CASE WHEN g % 5 = 0 THEN 'WAITLISTED' ELSE 'RECEIVED' END,
       now() - (g % 60) * interval '1 day' - (g % 3600) * interval '1 second',
       CASE WHEN g % 5 = 0 THEN now() - (g % 30) * interval '1 day' END,
       CASE WHEN g % 5 = 0 THEN now() - (g % 30) * interval '1 day' END
FROM queued;

INSERT INTO access.referral_status_change (referral_id, from_status, to_status, changed_at, changed_by)
SELECT r.id, NULL, 'RECEIVED', r.received_at, 'bench' FROM access.referral r JOIN queued q ON q.id = r.id;
INSERT INTO access.referral_status_change (referral_id, from_status, to_status, changed_at, changed_by)
SELECT r.id, 'RECEIVED', 'WAITLISTED', r.waitlisted_at, 'bench' FROM access.referral r JOIN queued q ON q.id = r.id
WHERE r.status = 'WAITLISTED';
ANALYZE access.referral;
