-- The community directory: organisations that run activities, their listings (HSDS "services"), taxonomy,
-- schedules, locations, contacts, status history with reasons, and provenance for imported records.

-- A directory organisation. It is either the directory face of a workforce organisation (a community
-- provider whose users manage its listings: workforce_organisation_id) or directory-only (imported from a
-- feed, or entered by an administrator). No foreign key across schemas: workforce owns its own tables.
CREATE TABLE activities.organisation (
    id                         uuid PRIMARY KEY,
    name                       text NOT NULL,
    description                text NOT NULL DEFAULT '',
    website                    text,
    email                      text,
    workforce_organisation_id  uuid UNIQUE,
    source_feed                text,
    external_id                text,
    imported_at                timestamptz,
    updated_at                 timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT organisation_provenance UNIQUE (source_feed, external_id)
);

CREATE TABLE activities.taxonomy (
    id          uuid PRIMARY KEY,
    name        text NOT NULL,
    description text NOT NULL,
    uri         text,
    version     text
);

CREATE TABLE activities.taxonomy_term (
    id           uuid PRIMARY KEY,
    taxonomy_id  uuid NOT NULL REFERENCES activities.taxonomy (id),
    code         text NOT NULL,
    name         text NOT NULL,
    description  text NOT NULL,
    parent_id    uuid REFERENCES activities.taxonomy_term (id),
    CONSTRAINT taxonomy_term_code UNIQUE (taxonomy_id, code)
);

CREATE TABLE activities.listing (
    id                uuid PRIMARY KEY,
    organisation_id   uuid NOT NULL REFERENCES activities.organisation (id),
    name              text NOT NULL,
    description       text NOT NULL DEFAULT '',
    url               text,
    email             text,
    cost              text,
    free              boolean NOT NULL DEFAULT true,
    delivery_mode     text NOT NULL CHECK (delivery_mode IN ('IN_PERSON', 'ONLINE', 'PHONE', 'HYBRID')),
    min_age           integer CHECK (min_age BETWEEN 0 AND 130),
    max_age           integer CHECK (max_age BETWEEN 0 AND 130),
    conditions        text,
    area              text,
    locality          text,
    accessibility     text,
    languages         text[] NOT NULL DEFAULT '{}',
    capacity          integer CHECK (capacity > 0),
    referral_route    text NOT NULL CHECK (referral_route IN ('SIGNPOSTING', 'DIRECT_REFERRAL')),
    is_public         boolean NOT NULL DEFAULT true,
    status            text NOT NULL CHECK (status IN ('ACTIVE', 'SUSPENDED', 'ONLINE_ONLY', 'CLOSED')),
    status_reason     text,
    status_changed_at timestamptz NOT NULL,
    last_verified_at  timestamptz NOT NULL,
    created_at        timestamptz NOT NULL DEFAULT now(),
    updated_at        timestamptz NOT NULL DEFAULT now(),
    version           bigint NOT NULL DEFAULT 0,
    source_feed       text,
    external_id       text,
    imported_at       timestamptz,
    search            tsvector GENERATED ALWAYS AS (
                          setweight(to_tsvector('english', coalesce(name, '')), 'A')
                          || setweight(to_tsvector('english', coalesce(description, '')), 'B')
                          || setweight(to_tsvector('english', coalesce(locality, '') || ' ' || coalesce(area, '')), 'C')) STORED,
    CONSTRAINT listing_ages CHECK (min_age IS NULL OR max_age IS NULL OR min_age <= max_age),
    CONSTRAINT listing_provenance UNIQUE (source_feed, external_id)
);
CREATE INDEX listing_search ON activities.listing USING gin (search);
CREATE INDEX listing_organisation ON activities.listing (organisation_id);
CREATE INDEX listing_status ON activities.listing (status, last_verified_at);
CREATE INDEX listing_updated ON activities.listing (updated_at);

CREATE TABLE activities.listing_term (
    listing_id uuid NOT NULL REFERENCES activities.listing (id) ON DELETE CASCADE,
    term_id    uuid NOT NULL REFERENCES activities.taxonomy_term (id),
    PRIMARY KEY (listing_id, term_id)
);
CREATE INDEX listing_term_term ON activities.listing_term (term_id, listing_id);

-- A recurring session: weekly, fortnightly (from anchor_date) or monthly (the nth weekday of the month).
CREATE TABLE activities.schedule (
    id            uuid PRIMARY KEY,
    listing_id    uuid NOT NULL REFERENCES activities.listing (id) ON DELETE CASCADE,
    weekday       smallint NOT NULL CHECK (weekday BETWEEN 1 AND 7),
    starts_at     time NOT NULL,
    ends_at       time NOT NULL,
    frequency     text NOT NULL CHECK (frequency IN ('WEEKLY', 'FORTNIGHTLY', 'MONTHLY')),
    anchor_date   date,
    week_of_month smallint CHECK (week_of_month BETWEEN 1 AND 5),
    CONSTRAINT schedule_times CHECK (starts_at < ends_at)
);
CREATE INDEX schedule_listing ON activities.schedule (listing_id);

CREATE TABLE activities.location (
    id          uuid PRIMARY KEY,
    listing_id  uuid NOT NULL REFERENCES activities.listing (id) ON DELETE CASCADE,
    name        text,
    address_1   text NOT NULL,
    city        text NOT NULL,
    postcode    text NOT NULL,
    latitude    double precision,
    longitude   double precision
);
CREATE INDEX location_listing ON activities.location (listing_id);
CREATE INDEX location_coordinates ON activities.location (latitude, longitude);

CREATE TABLE activities.contact (
    id          uuid PRIMARY KEY,
    listing_id  uuid NOT NULL REFERENCES activities.listing (id) ON DELETE CASCADE,
    name        text NOT NULL,
    title       text,
    phone       text,
    email       text
);
CREATE INDEX contact_listing ON activities.contact (listing_id);

-- Every status a listing has had, with the date it took effect and why.
CREATE TABLE activities.listing_status_change (
    id          bigserial PRIMARY KEY,
    listing_id  uuid NOT NULL REFERENCES activities.listing (id) ON DELETE CASCADE,
    status      text NOT NULL CHECK (status IN ('ACTIVE', 'SUSPENDED', 'ONLINE_ONLY', 'CLOSED')),
    reason      text,
    changed_at  timestamptz NOT NULL,
    changed_by  text NOT NULL
);
CREATE INDEX listing_status_change_listing ON activities.listing_status_change (listing_id, changed_at);
CREATE INDEX listing_status_change_time ON activities.listing_status_change (changed_at);

-- Postcode coordinates, loaded from a file in the ONS Postcode Directory's CSV layout (or by the demo).
CREATE TABLE activities.postcode (
    postcode   text PRIMARY KEY,
    latitude   double precision NOT NULL,
    longitude  double precision NOT NULL
);

-- A run of the HSDS importer and the records it rejected, by position in the feed.
CREATE TABLE activities.import_run (
    id          uuid PRIMARY KEY,
    source      text NOT NULL,
    feed        text NOT NULL,
    started_at  timestamptz NOT NULL,
    finished_at timestamptz,
    started_by  text NOT NULL,
    imported    integer NOT NULL DEFAULT 0,
    rejected    integer NOT NULL DEFAULT 0,
    failure     text
);

CREATE TABLE activities.import_rejection (
    run_id      uuid NOT NULL REFERENCES activities.import_run (id) ON DELETE CASCADE,
    page        integer NOT NULL,
    position    integer NOT NULL,
    external_id text,
    reason      text NOT NULL,
    PRIMARY KEY (run_id, page, position)
);

-- The demo's (and any deployment's) category taxonomy.
INSERT INTO activities.taxonomy (id, name, description, uri, version) VALUES
    ('6a1f0c55-7d0e-4a53-9d6e-1a0c3f9a0001', 'Pathway activity categories',
     'The categories of community activity a social prescribing link worker connects people to.', NULL, '1');
INSERT INTO activities.taxonomy_term (id, taxonomy_id, code, name, description) VALUES
    ('6a1f0c55-7d0e-4a53-9d6e-1a0c3f9a1001', '6a1f0c55-7d0e-4a53-9d6e-1a0c3f9a0001', 'physical-activity', 'Lifestyle and physical activity', 'Walking groups, exercise classes, healthy eating and weight management.'),
    ('6a1f0c55-7d0e-4a53-9d6e-1a0c3f9a1002', '6a1f0c55-7d0e-4a53-9d6e-1a0c3f9a0001', 'mental-health', 'Mental health', 'Peer support, talking groups and wellbeing courses.'),
    ('6a1f0c55-7d0e-4a53-9d6e-1a0c3f9a1003', '6a1f0c55-7d0e-4a53-9d6e-1a0c3f9a0001', 'nature', 'Nature and green', 'Gardening, conservation and outdoor activities.'),
    ('6a1f0c55-7d0e-4a53-9d6e-1a0c3f9a1004', '6a1f0c55-7d0e-4a53-9d6e-1a0c3f9a0001', 'arts-culture', 'Arts and culture', 'Art, music, singing, crafts, museums and heritage.'),
    ('6a1f0c55-7d0e-4a53-9d6e-1a0c3f9a1005', '6a1f0c55-7d0e-4a53-9d6e-1a0c3f9a0001', 'money-advice', 'Money, debt and housing advice', 'Advice on benefits, debt, money and housing.'),
    ('6a1f0c55-7d0e-4a53-9d6e-1a0c3f9a1006', '6a1f0c55-7d0e-4a53-9d6e-1a0c3f9a0001', 'befriending', 'Befriending', 'Befriending, lunch clubs and social groups against loneliness.'),
    ('6a1f0c55-7d0e-4a53-9d6e-1a0c3f9a1007', '6a1f0c55-7d0e-4a53-9d6e-1a0c3f9a0001', 'learning-volunteering', 'Learning and volunteering', 'Courses, digital skills, employment support and volunteering.'),
    ('6a1f0c55-7d0e-4a53-9d6e-1a0c3f9a1008', '6a1f0c55-7d0e-4a53-9d6e-1a0c3f9a0001', 'carers', 'Carers', 'Support and breaks for unpaid carers.');
