-- How people reach a practitioner at work and the organisation that employs them: printed on the person's plan.
ALTER TABLE workforce.practitioner
  ADD COLUMN work_phone TEXT,
  ADD COLUMN work_email TEXT;
ALTER TABLE workforce.organisation
  ADD COLUMN address TEXT,
  ADD COLUMN phone   TEXT;
