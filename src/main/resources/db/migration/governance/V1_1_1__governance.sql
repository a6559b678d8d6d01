CREATE SCHEMA governance;

-- Sign-in accounts. organisation_id is the user's scope: an organisation held by the workforce
-- module (referenced by id only; modules do not join each other's tables).
CREATE TABLE governance.user_account (
  id              UUID PRIMARY KEY,
  username        TEXT NOT NULL,
  display_name    TEXT NOT NULL,
  email           TEXT,
  password_hash   TEXT NOT NULL,
  role            TEXT NOT NULL,
  organisation_id UUID,
  enabled         BOOLEAN NOT NULL DEFAULT TRUE,
  failed_attempts INT NOT NULL DEFAULT 0,
  locked_until    TIMESTAMP WITH TIME ZONE,
  last_sign_in_at TIMESTAMP WITH TIME ZONE,
  created_at      TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
  updated_at      TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
  version         BIGINT NOT NULL DEFAULT 0,
  CONSTRAINT user_account_role_ck CHECK (role IN ('ADMINISTRATOR','SERVICE_MANAGER','LINK_WORKER','REFERRER',
                                                  'COMMUNITY_PROVIDER','ICS_LEAD','RESEARCHER'))
);
CREATE UNIQUE INDEX user_account_username_uq ON governance.user_account (lower(username));

-- The audit log: append-only and tamper-evident. Each entry carries the hash of the one before.
CREATE TABLE governance.audit_event (
  id             BIGSERIAL PRIMARY KEY,
  occurred_at    TIMESTAMP WITH TIME ZONE NOT NULL,
  actor          TEXT NOT NULL,
  action         TEXT NOT NULL,
  record_type    TEXT,
  record_id      TEXT,
  detail         TEXT,
  client_address TEXT,
  previous_hash  TEXT NOT NULL,
  hash           TEXT NOT NULL
);
CREATE INDEX audit_event_actor_idx ON governance.audit_event (lower(actor), occurred_at DESC);
CREATE INDEX audit_event_record_idx ON governance.audit_event (record_type, record_id, occurred_at DESC);
CREATE INDEX audit_event_time_idx ON governance.audit_event (occurred_at DESC);

CREATE FUNCTION governance.audit_event_is_append_only() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'governance.audit_event is append-only: % refused', TG_OP
    USING ERRCODE = 'insufficient_privilege';
END;
$$;

CREATE TRIGGER audit_event_no_update_or_delete
  BEFORE UPDATE OR DELETE ON governance.audit_event
  FOR EACH ROW EXECUTE FUNCTION governance.audit_event_is_append_only();
CREATE TRIGGER audit_event_no_truncate
  BEFORE TRUNCATE ON governance.audit_event
  FOR EACH STATEMENT EXECUTE FUNCTION governance.audit_event_is_append_only();

-- The application's own role loses the right to change or remove entries as well.
REVOKE UPDATE, DELETE, TRUNCATE ON governance.audit_event FROM PUBLIC;
DO $$ BEGIN
  EXECUTE format('REVOKE UPDATE, DELETE, TRUNCATE ON governance.audit_event FROM %I', current_user);
END $$;
