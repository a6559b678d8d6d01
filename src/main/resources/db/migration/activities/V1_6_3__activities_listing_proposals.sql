-- A practitioner's proposed change to one field of a listing, for the listing's provider to accept or reject.
CREATE TABLE activities.listing_proposal (
    id              uuid PRIMARY KEY,
    listing_id      uuid NOT NULL REFERENCES activities.listing (id) ON DELETE CASCADE,
    field           text NOT NULL CHECK (field IN ('NAME', 'DESCRIPTION', 'COST', 'ACCESSIBILITY', 'AREA', 'CONDITIONS')),
    proposed_value  text NOT NULL,
    note            text,
    proposed_by     text NOT NULL,
    proposed_at     timestamptz NOT NULL,
    decision        text CHECK (decision IN ('ACCEPTED', 'REJECTED')),
    decision_note   text,
    decided_by      text,
    decided_at      timestamptz
);
CREATE INDEX listing_proposal_open ON activities.listing_proposal (listing_id) WHERE decision IS NULL;
