-- Partner organisations: councils' departments, housing providers, Jobcentres, the police... outside the pathway's own
-- structure, party to its agreements and home to some community builders.
ALTER TABLE workforce.organisation DROP CONSTRAINT organisation_kind_ck;
ALTER TABLE workforce.organisation ADD CONSTRAINT organisation_kind_ck
  CHECK (kind IN ('ICS','LOCALITY','PCN','GP_PRACTICE','EMPLOYER','PROVIDER','PARTNER'));
