-- The message back to the GP carries a code for the outcome as well as the referral code (decision 0018).
-- Every code here is a SNOMED CT concept of the UK edition (international concepts are part of it), checked against
-- published value sets; a closure reason with no verified code that fits ("Connected to community support") keeps
-- only the generic 871731000000106 |Referral to social prescribing service|.
INSERT INTO engagement.snomed_code (code, term) VALUES
    ('390802008', 'Goal achieved'),
    ('399307001', 'Lost to follow-up'),
    ('184081006', 'Patient has moved away'),
    ('3457005', 'Patient referral'),
    ('419099009', 'Dead')
ON CONFLICT (code) DO NOTHING;

INSERT INTO engagement.closure_code (closure_reason, code, position) VALUES
    ('GOALS_MET', '390802008', 2),
    ('UNABLE_TO_CONTACT', '399307001', 2),
    ('MOVED_AWAY', '184081006', 2),
    ('REFERRED_ON', '3457005', 2),
    ('DIED', '419099009', 2)
ON CONFLICT (closure_reason, code) DO NOTHING;

-- A task or reminder still open when its case closes is cancelled, not left open: it is marked done with this note,
-- so the caseload and the case's tasks no longer show work due on a closed case.
ALTER TABLE engagement.case_task ADD COLUMN cancelled_note text;
