-- The caseload page's query (engagement.cases.Caseload#page, default view: open cases, soonest due first, first
-- page) as raw SQL, for the link worker :'practitioner'.
SELECT c.id, c.person_id, c.service_id, c.practitioner_id, c.status, c.next_due_on, c.next_due_title,
       c.review_due_on, c.last_contact_on, c.contacts_count, c.failed_attempts_count, c.session_cap,
       c.urgent, c.risk_flags, c.open_safeguarding, c.referred_at, count(*) OVER () AS total
FROM engagement.case_episode c
WHERE (c.practitioner_id = :'practitioner' OR c.id = ANY (ARRAY(SELECT g.case_id FROM engagement.case_access_grant g
       WHERE g.practitioner_id = :'practitioner' AND g.revoked_at IS NULL))) AND c.status = 'OPEN'
ORDER BY c.next_due_on ASC NULLS LAST, c.id
LIMIT 25 OFFSET 0;
