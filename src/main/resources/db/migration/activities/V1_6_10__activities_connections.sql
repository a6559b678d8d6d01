-- Connections (closed-loop onward referrals): a person on a case connected to a listing, with every status change
-- kept. case_id, person_id and case_organisation_id belong to other modules: no foreign keys across schemas.
CREATE TABLE activities.connection (
    id                    uuid PRIMARY KEY,
    case_id               uuid NOT NULL,
    person_id             uuid NOT NULL,
    case_organisation_id  uuid NOT NULL,
    listing_id            uuid NOT NULL REFERENCES activities.listing (id),
    referral_route        text NOT NULL CHECK (referral_route IN ('SIGNPOSTING', 'DIRECT_REFERRAL')),
    status                text NOT NULL CHECK (status IN ('SUGGESTED', 'SIGNPOSTED', 'REFERRED', 'ACCEPTED',
                              'DECLINED', 'ATTENDED', 'DID_NOT_ATTEND', 'ONGOING', 'COMPLETED', 'STOPPED')),
    shared_with_provider  boolean NOT NULL DEFAULT false,
    created_at            timestamptz NOT NULL,
    created_by            text NOT NULL,
    updated_at            timestamptz NOT NULL,
    version               bigint NOT NULL DEFAULT 0
);
CREATE INDEX connection_case ON activities.connection (case_id, created_at);
CREATE INDEX connection_listing ON activities.connection (listing_id, status);

CREATE TABLE activities.connection_change (
    id             bigserial PRIMARY KEY,
    connection_id  uuid NOT NULL REFERENCES activities.connection (id) ON DELETE CASCADE,
    status         text NOT NULL,
    note           text,
    changed_at     timestamptz NOT NULL,
    changed_by     text NOT NULL
);
CREATE INDEX connection_change_connection ON activities.connection_change (connection_id, changed_at);

-- Which directory categories answer which referral need or plan goal domain, for suggestions. Editable data:
-- kind is NEED (org.pathway.shared.Need) or GOAL (engagement's goal domains); category is a taxonomy term code.
CREATE TABLE activities.need_category (
    kind      text NOT NULL CHECK (kind IN ('NEED', 'GOAL')),
    code      text NOT NULL,
    category  text NOT NULL,
    PRIMARY KEY (kind, code, category)
);
INSERT INTO activities.need_category (kind, code, category) VALUES
    ('NEED', 'LONELINESS', 'befriending'), ('NEED', 'LONELINESS', 'arts-culture'), ('NEED', 'LONELINESS', 'nature'),
    ('NEED', 'LOW_MOOD_ANXIETY', 'mental-health'), ('NEED', 'LOW_MOOD_ANXIETY', 'nature'),
    ('NEED', 'BEREAVEMENT', 'mental-health'), ('NEED', 'BEREAVEMENT', 'befriending'),
    ('NEED', 'LONG_TERM_CONDITION', 'physical-activity'), ('NEED', 'LONG_TERM_CONDITION', 'mental-health'),
    ('NEED', 'PHYSICAL_ACTIVITY', 'physical-activity'), ('NEED', 'PHYSICAL_ACTIVITY', 'nature'),
    ('NEED', 'HEALTHY_WEIGHT', 'physical-activity'),
    ('NEED', 'MONEY_DEBT_BENEFITS', 'money-advice'), ('NEED', 'HOUSING', 'money-advice'),
    ('NEED', 'EMPLOYMENT_LEARNING_VOLUNTEERING', 'learning-volunteering'),
    ('NEED', 'CARER_SUPPORT', 'carers'), ('NEED', 'RELATIONSHIPS', 'befriending'), ('NEED', 'RELATIONSHIPS', 'mental-health'),
    ('NEED', 'DIGITAL_INCLUSION', 'learning-volunteering'),
    ('GOAL', 'CONNECTING', 'befriending'), ('GOAL', 'CONNECTING', 'arts-culture'),
    ('GOAL', 'ACTIVITY', 'physical-activity'), ('GOAL', 'ACTIVITY', 'nature'),
    ('GOAL', 'WELLBEING', 'mental-health'), ('GOAL', 'WELLBEING', 'nature'), ('GOAL', 'WELLBEING', 'arts-culture'),
    ('GOAL', 'HEALTH', 'physical-activity'), ('GOAL', 'MONEY', 'money-advice'), ('GOAL', 'HOUSING', 'money-advice'),
    ('GOAL', 'WORK', 'learning-volunteering'), ('GOAL', 'DAILY_LIVING', 'learning-volunteering'),
    ('GOAL', 'CARING', 'carers');

-- Unmet needs: nothing suitable, or providers full. Reported only as aggregates by category and locality.
CREATE TABLE activities.unmet_need (
    id                    uuid PRIMARY KEY,
    case_id               uuid NOT NULL,
    case_organisation_id  uuid NOT NULL,
    category              text NOT NULL,
    locality              text NOT NULL,
    reason                text NOT NULL CHECK (reason IN ('NOTHING_EXISTS', 'PROVIDER_FULL', 'NOT_ACCESSIBLE',
                              'TOO_FAR', 'COST', 'OTHER')),
    note                  text,
    recorded_at           timestamptz NOT NULL,
    recorded_by           text NOT NULL
);
CREATE INDEX unmet_need_case ON activities.unmet_need (case_id);
CREATE INDEX unmet_need_organisation ON activities.unmet_need (case_organisation_id, category, locality);
