-- The audit page filters by action too; without this index an action-only search for a rare action
-- (e.g. SIGN_IN_FAILED) would walk the whole time index. Same shape as the actor and record indexes.
CREATE INDEX audit_event_action_idx ON governance.audit_event (action, occurred_at DESC);
