-- Organisations become editable aggregates: optimistic locking, a change time, and the rules the ICS
-- structure keeps (employment details only on employing organisations and PCNs, a known funding source,
-- ODS codes stored in capitals so they are unique whatever the case typed).
ALTER TABLE workforce.organisation
  ADD COLUMN updated_at TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
  ADD COLUMN version    BIGINT NOT NULL DEFAULT 0,
  ADD CONSTRAINT organisation_funding_source_ck CHECK (funding_source IS NULL OR
      funding_source IN ('ARRS','NHS_COMMISSIONED','LOCAL_AUTHORITY','CHARITABLE','MIXED','OTHER')),
  ADD CONSTRAINT organisation_employment_kind_ck CHECK (kind IN ('EMPLOYER','PCN') OR
      (employer_type IS NULL AND contracting IS NULL AND funding_source IS NULL)),
  ADD CONSTRAINT organisation_ods_code_upper_ck CHECK (ods_code IS NULL OR ods_code = upper(ods_code)),
  ADD CONSTRAINT organisation_no_self_parent_ck CHECK (parent_id IS NULL OR parent_id <> id);

CREATE INDEX organisation_name_idx ON workforce.organisation (lower(name));
-- Employers are listed in every service and practitioner form.
CREATE INDEX organisation_employer_idx ON workforce.organisation (employer_type) WHERE employer_type IS NOT NULL;
