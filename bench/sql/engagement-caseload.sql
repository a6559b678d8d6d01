-- Engagement benchmark data on top of the demo ICS: the demo link worker's caseload topped up to :cases open cases
-- (people drawn from the demo's), then :contacts more contacts spread over every case (24 million is the national
-- two years), and the figures on each case row brought up to date once, as the application keeps them.
\set ON_ERROR_STOP on
INSERT INTO engagement.case_episode (id, referral_id, person_id, service_id, organisation_id, practitioner_id, status,
  opened_at, referred_at, urgent, risk_flags, session_cap, review_interval_weeks, contacts_count,
  failed_attempts_count, last_contact_on, next_due_on, next_due_title, review_due_on, open_safeguarding, version)
SELECT gen_random_uuid(), gen_random_uuid(), p.id, s.service_id, s.organisation_id, :'practitioner', 'OPEN',
       now() - make_interval(days => (random() * 200)::int), now() - make_interval(days => 200 + (random() * 20)::int),
       random() < 0.05, CASE WHEN random() < 0.04 THEN '{SEVERE_MENTAL_ILLNESS}'::text[] ELSE '{}' END, NULL, 12, 0, 0,
       NULL, current_date + (random() * 28 - 7)::int, 'Next contact', current_date + (random() * 84)::int, 0, 0
FROM (SELECT id FROM people.person ORDER BY random()
      LIMIT greatest(0, :cases - (SELECT count(*) FROM engagement.case_episode
                                  WHERE practitioner_id = :'practitioner' AND status = 'OPEN'))) p,
     (SELECT service_id, organisation_id FROM engagement.case_episode WHERE practitioner_id = :'practitioner'
      ORDER BY opened_at DESC LIMIT 1) s;

INSERT INTO engagement.contact (id, case_id, occurred_on, successful, mode, duration_minutes, kind_of_work, depth,
  recorded_at, recorded_by)
SELECT gen_random_uuid(), c.ids[1 + (g % c.n)], current_date - 1 - (g % 700), g % 9 <> 0,
       (ARRAY['PHONE','VIDEO','FACE_TO_FACE_PRACTICE','FACE_TO_FACE_HOME','FACE_TO_FACE_COMMUNITY'])[1 + g % 5],
       CASE WHEN g % 9 <> 0 THEN 20 + g % 40 END, CASE WHEN g % 9 <> 0 THEN 'CORE' END,
       CASE WHEN g % 9 <> 0 THEN (ARRAY['SIGNPOSTING','LIGHT','HOLISTIC'])[1 + g % 3] END, now(), 'bench'
FROM (SELECT array_agg(id) AS ids, count(*)::int AS n FROM engagement.case_episode) c,
     generate_series(1, :contacts) g;

UPDATE engagement.case_episode e SET contacts_count = x.contacts, failed_attempts_count = x.failed,
       last_contact_on = x.last
FROM (SELECT case_id, count(*) FILTER (WHERE successful) AS contacts, count(*) FILTER (WHERE NOT successful) AS failed,
             max(occurred_on) FILTER (WHERE successful) AS last
      FROM engagement.contact GROUP BY case_id) x
WHERE x.case_id = e.id AND (e.contacts_count, e.failed_attempts_count) IS DISTINCT FROM (x.contacts, x.failed);
ANALYZE engagement.case_episode;
ANALYZE engagement.contact;
