-- Services and their explicit delivery models (PRODUCT.md §3.4): open or boundaried with structured
-- referral criteria, relational (reviewed) or transactional (capped), and a caseload cap per FTE.
CREATE TABLE workforce.service (
  id                    UUID PRIMARY KEY,
  name                  TEXT NOT NULL,
  employer_id           UUID NOT NULL REFERENCES workforce.organisation (id),
  access_model          TEXT NOT NULL,
  min_age               INT,
  max_age               INT,
  readiness_required    BOOLEAN NOT NULL DEFAULT FALSE,
  engagement_model      TEXT NOT NULL,
  session_cap           INT,
  review_interval_weeks INT,
  caseload_cap_per_fte  INT NOT NULL,
  statement             TEXT NOT NULL,
  created_at            TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
  updated_at            TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
  version               BIGINT NOT NULL DEFAULT 0,
  CONSTRAINT service_access_model_ck CHECK (access_model IN ('OPEN','BOUNDARIED')),
  CONSTRAINT service_engagement_model_ck CHECK (engagement_model IN ('RELATIONAL','TRANSACTIONAL')),
  CONSTRAINT service_age_ck CHECK ((min_age IS NULL OR min_age BETWEEN 0 AND 120)
      AND (max_age IS NULL OR max_age BETWEEN 0 AND 120)
      AND (min_age IS NULL OR max_age IS NULL OR min_age <= max_age)),
  CONSTRAINT service_open_has_no_age_ck CHECK (access_model = 'BOUNDARIED' OR
      (min_age IS NULL AND max_age IS NULL AND NOT readiness_required)),
  CONSTRAINT service_session_cap_ck CHECK (CASE engagement_model
      WHEN 'TRANSACTIONAL' THEN session_cap IS NOT NULL AND session_cap > 0
      ELSE session_cap IS NULL END),
  CONSTRAINT service_review_interval_ck CHECK (CASE engagement_model
      WHEN 'RELATIONAL' THEN review_interval_weeks IS NOT NULL AND review_interval_weeks > 0
      ELSE review_interval_weeks IS NULL END),
  CONSTRAINT service_caseload_cap_ck CHECK (caseload_cap_per_fte > 0)
);
CREATE INDEX service_employer_idx ON workforce.service (employer_id);
CREATE INDEX service_name_idx ON workforce.service (lower(name));

-- The structured criteria. Need codes are PRODUCT.md §3.1's list (org.pathway.shared.Need).
CREATE TABLE workforce.service_included_need (
  service_id UUID NOT NULL REFERENCES workforce.service (id) ON DELETE CASCADE,
  need       TEXT NOT NULL,
  PRIMARY KEY (service_id, need)
);
CREATE TABLE workforce.service_excluded_need (
  service_id UUID NOT NULL REFERENCES workforce.service (id) ON DELETE CASCADE,
  need       TEXT NOT NULL,
  PRIMARY KEY (service_id, need)
);
CREATE TABLE workforce.service_exclusion (
  service_id UUID NOT NULL REFERENCES workforce.service (id) ON DELETE CASCADE,
  flag       TEXT NOT NULL,
  PRIMARY KEY (service_id, flag)
);
-- The PCNs and GP practices a service covers; none means the whole ICS.
CREATE TABLE workforce.service_area (
  service_id      UUID NOT NULL REFERENCES workforce.service (id) ON DELETE CASCADE,
  organisation_id UUID NOT NULL REFERENCES workforce.organisation (id),
  PRIMARY KEY (service_id, organisation_id)
);
CREATE INDEX service_area_organisation_idx ON workforce.service_area (organisation_id);
