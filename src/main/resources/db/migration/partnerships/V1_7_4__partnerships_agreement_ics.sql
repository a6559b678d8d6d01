-- Each agreement belongs to one ICS: its ICS lead sees and keeps it, another ICS's lead does not. Agreements made
-- before this change take the ICS their first party sits in (a one-off read of the organisation structure).
ALTER TABLE partnerships.agreement ADD COLUMN ics_id UUID;
UPDATE partnerships.agreement a SET ics_id = (
  WITH RECURSIVE up (id, parent_id, kind) AS (
    SELECT o.id, o.parent_id, o.kind FROM workforce.organisation o
    WHERE o.id = (SELECT min(p.organisation_id::text)::uuid FROM partnerships.agreement_party p WHERE p.agreement_id = a.id)
    UNION ALL
    SELECT o.id, o.parent_id, o.kind FROM workforce.organisation o JOIN up ON o.id = up.parent_id)
  SELECT id FROM up WHERE kind = 'ICS' LIMIT 1);
CREATE INDEX agreement_ics_idx ON partnerships.agreement (ics_id);
