-- The message back to the GP and the referrer when a case closes, and the SNOMED CT reference data it codes
-- from. Codes live here, not in code: add rows to snomed_code and closure_code to extend the set.

CREATE TABLE engagement.snomed_code (
    code   text PRIMARY KEY,
    term   text NOT NULL,
    active boolean NOT NULL DEFAULT true
);

-- Which codes the message carries for each closure reason.
CREATE TABLE engagement.closure_code (
    closure_reason text NOT NULL CHECK (closure_reason IN ('GOALS_MET', 'CONNECTED_TO_COMMUNITY',
        'DECLINED_FURTHER_SUPPORT', 'UNABLE_TO_CONTACT', 'MOVED_AWAY', 'REFERRED_ON', 'DIED')),
    code           text NOT NULL REFERENCES engagement.snomed_code (code),
    position       int NOT NULL DEFAULT 1,
    PRIMARY KEY (closure_reason, code)
);

-- The two national social-prescribing codes confirmed from public sources (PRODUCT.md §5 names the first).
INSERT INTO engagement.snomed_code (code, term) VALUES
    ('871731000000106', 'Referral to social prescribing service'),
    ('871711000000103', 'Social prescribing declined');

-- Every closed case was a referral to the service; a person who declined further support is coded so too.
INSERT INTO engagement.closure_code (closure_reason, code, position)
SELECT r, '871731000000106', 1
FROM (VALUES ('GOALS_MET'), ('CONNECTED_TO_COMMUNITY'), ('DECLINED_FURTHER_SUPPORT'), ('UNABLE_TO_CONTACT'),
             ('MOVED_AWAY'), ('REFERRED_ON'), ('DIED')) AS t(r);
INSERT INTO engagement.closure_code (closure_reason, code, position)
VALUES ('DECLINED_FURTHER_SUPPORT', '871711000000103', 2);

CREATE TABLE engagement.outcome_message (
    id          uuid PRIMARY KEY,
    case_id     uuid NOT NULL REFERENCES engagement.case_episode (id),
    referral_id uuid NOT NULL,
    kind        text NOT NULL CHECK (kind IN ('CODES_ONLY', 'SUMMARY')),
    codes       text NOT NULL,   -- one "code|term" a line
    summary     text,            -- only when the person consented to share with their GP
    issued_at   timestamptz NOT NULL,
    issued_by   text NOT NULL
);
CREATE INDEX outcome_message_referral ON engagement.outcome_message (referral_id, issued_at DESC);
CREATE INDEX outcome_message_case ON engagement.outcome_message (case_id, issued_at DESC);
