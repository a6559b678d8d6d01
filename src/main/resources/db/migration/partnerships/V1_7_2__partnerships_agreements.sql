-- Agreements between organisations in the ICS: referral pathways, data sharing and subcontracts, with the dates they
-- start, are next reviewed and expire. The parties are organisations of the ICS structure (workforce), by id only.
CREATE TABLE partnerships.agreement (
  id          UUID PRIMARY KEY,
  kind        TEXT NOT NULL,
  title       TEXT NOT NULL,
  starts_on   DATE NOT NULL,
  review_on   DATE,
  expires_on  DATE,
  notes       TEXT,
  created_by  TEXT NOT NULL,
  created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
  updated_at  TIMESTAMP WITH TIME ZONE NOT NULL,
  CONSTRAINT agreement_kind_ck CHECK (kind IN ('REFERRAL_PATHWAY', 'DATA_SHARING', 'SUBCONTRACT')),
  CONSTRAINT agreement_review_ck CHECK (review_on IS NULL OR review_on >= starts_on),
  CONSTRAINT agreement_expiry_ck CHECK (expires_on IS NULL OR expires_on > starts_on)
);
CREATE INDEX agreement_dates_idx ON partnerships.agreement (expires_on, review_on);

CREATE TABLE partnerships.agreement_party (
  agreement_id    UUID NOT NULL REFERENCES partnerships.agreement (id) ON DELETE CASCADE,
  organisation_id UUID NOT NULL,
  PRIMARY KEY (agreement_id, organisation_id)
);
CREATE INDEX agreement_party_organisation_idx ON partnerships.agreement_party (organisation_id);
