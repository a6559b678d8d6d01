-- The caseload page's query (engagement.cases.Caseload#page, default view: open cases, soonest due first, first
-- page) as a prepared statement, its parameters bound as the application's JdbcClient binds them: $1 the link
-- worker (uuid), $2 the page size (25), $3 the offset. Run by engagement-caseload.sh:
-- EXECUTE caseload(:'practitioner', 25, 0);
PREPARE caseload(uuid, int, bigint) AS
SELECT c.id, c.person_id, c.service_id, c.practitioner_id, c.status, c.next_due_on, c.next_due_title,
       c.review_due_on, c.last_contact_on, c.contacts_count, c.failed_attempts_count, c.session_cap,
       c.urgent, c.risk_flags, c.open_safeguarding, c.referred_at, count(*) OVER () AS total
FROM engagement.case_episode c
WHERE (c.practitioner_id = $1 OR c.id = ANY (ARRAY(SELECT g.case_id FROM engagement.case_access_grant g
       WHERE g.practitioner_id = $1 AND g.revoked_at IS NULL))) AND c.status = 'OPEN'
ORDER BY c.next_due_on ASC NULLS LAST, c.id
LIMIT $2 OFFSET $3;
