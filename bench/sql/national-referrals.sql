-- Bulk history for benchmarks (not demo data): :referrals referrals over two years, about 10 people for every
-- 13 referrals, spread over every service; 5,000 of them waiting in service :queue. Run by access-national.sh.
SET synchronous_commit = off;
SELECT (:referrals * 10 / 13)::int AS people, (SELECT count(*) FROM workforce.service) AS services \gset

CREATE TEMP TABLE svc AS SELECT id, (row_number() OVER (ORDER BY id) - 1)::int AS n FROM workforce.service;
CREATE TEMP TABLE pid (rn int PRIMARY KEY, id uuid NOT NULL);
INSERT INTO pid SELECT g, gen_random_uuid() FROM generate_series(1, :people) g;

INSERT INTO people.person (id, given_name, family_name, match_given_name, match_family_name, date_of_birth, postcode,
                           created_at, created_by, updated_at)
SELECT id, 'Bench', 'Person ' || rn, 'bench', 'person' || rn, date '1930-01-01' + (rn % 25000), 'TR1 3LJ',
       now(), 'bench', now()
FROM pid;

INSERT INTO access.referral (id, reference, person_id, service_id, channel, source, referrer_username, needs, urgent,
                             consent_to_referral, consent_to_contact, consent_to_share_with_gp, status, received_at,
                             first_action_at, decided_at)
SELECT gen_random_uuid(), 'PB-' || lpad(g::text, 9, '0'), pid.id, svc.id, 'STAFF_FORM',
       (ARRAY['GP','GP','GP','PRACTICE_NURSE','SELF','VCSE','HOSPITAL','LOCAL_AUTHORITY'])[1 + g % 8],
       'bench-referrer-' || (g % 5000), ARRAY['LONELINESS'], g % 17 = 0, true, true, g % 3 <> 0,
       CASE g % 10 WHEN 0 THEN 'DECLINED' WHEN 1 THEN 'REDIRECTED' ELSE 'ACCEPTED' END,
       now() - interval '60 days' - (g % 670) * interval '1 day' - (g % 86400) * interval '1 second',
       now() - interval '58 days' - (g % 670) * interval '1 day',
       now() - interval '58 days' - (g % 670) * interval '1 day'
FROM generate_series(1, :referrals - 5000) g
JOIN pid ON pid.rn = 1 + g % :people
JOIN svc ON svc.n = g % :services;

-- The queue under test: 5,000 waiting, received over the last 60 days, a fifth on the waiting list.
INSERT INTO access.referral (id, reference, person_id, service_id, channel, source, referrer_username, needs, urgent,
                             consent_to_referral, consent_to_contact, consent_to_share_with_gp, status, received_at,
                             waitlisted_at, first_action_at)
SELECT gen_random_uuid(), 'PQ-' || lpad(g::text, 9, '0'), pid.id, :'queue', 'STAFF_FORM', 'GP', 'referrer',
       ARRAY['LONELINESS','BEREAVEMENT'], g % 13 = 0, true, true, true,
       CASE WHEN g % 5 = 0 THEN 'WAITLISTED' ELSE 'RECEIVED' END,
       now() - (g % 60) * interval '1 day' - (g % 3600) * interval '1 second',
       CASE WHEN g % 5 = 0 THEN now() - (g % 30) * interval '1 day' END,
       CASE WHEN g % 5 = 0 THEN now() - (g % 30) * interval '1 day' END
FROM generate_series(1, 5000) g
JOIN pid ON pid.rn = 1 + (g * 7919) % :people;

INSERT INTO access.referral_status_change (referral_id, from_status, to_status, changed_at, changed_by)
SELECT id, NULL, 'RECEIVED', received_at, 'bench' FROM access.referral WHERE reference LIKE 'P_-%';
INSERT INTO access.referral_status_change (referral_id, from_status, to_status, changed_at, changed_by)
SELECT id, 'RECEIVED', status, first_action_at, 'bench' FROM access.referral
WHERE reference LIKE 'P_-%' AND status <> 'RECEIVED';

ANALYZE people.person;
ANALYZE access.referral;
ANALYZE access.referral_status_change;
