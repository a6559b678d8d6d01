-- Training: a managed list of courses, each service's mandatory set (with how often each must be renewed), and the
-- courses each practitioner has completed, with the date the completion expires (none for a course that does not).
CREATE TABLE workforce.course (
  id          UUID PRIMARY KEY,
  name        TEXT NOT NULL,
  description TEXT
);
CREATE UNIQUE INDEX course_name_uq ON workforce.course (lower(name));

INSERT INTO workforce.course (id, name, description) VALUES
  ('6f1d0c52-0a51-4f0e-9a01-000000000001', 'Safeguarding adults level 2', 'Recognising and reporting abuse and neglect of adults'),
  ('6f1d0c52-0a51-4f0e-9a01-000000000002', 'Safeguarding children level 2', 'Recognising and reporting abuse and neglect of children'),
  ('6f1d0c52-0a51-4f0e-9a01-000000000003', 'Mental health first aid', 'Spotting the signs of mental ill health and giving first support'),
  ('6f1d0c52-0a51-4f0e-9a01-000000000004', 'Information governance', 'Data security awareness: handling people''s records safely'),
  ('6f1d0c52-0a51-4f0e-9a01-000000000005', 'Suicide awareness', 'Talking about suicide safely and where to turn'),
  ('6f1d0c52-0a51-4f0e-9a01-000000000006', 'Social prescribing link worker induction', 'The national e-learning for new link workers'),
  ('6f1d0c52-0a51-4f0e-9a01-000000000007', 'Motivational interviewing', 'Conversations that help people make changes'),
  ('6f1d0c52-0a51-4f0e-9a01-000000000008', 'Health coaching', 'Supporting people to manage their own health'),
  ('6f1d0c52-0a51-4f0e-9a01-000000000009', 'Dementia awareness', 'Supporting people living with dementia and their carers'),
  ('6f1d0c52-0a51-4f0e-9a01-000000000010', 'Domestic abuse awareness', 'Recognising domestic abuse and routes to help'),
  ('6f1d0c52-0a51-4f0e-9a01-000000000011', 'Lone working', 'Keeping safe when visiting people and working alone'),
  ('6f1d0c52-0a51-4f0e-9a01-000000000012', 'Debt and welfare benefits awareness', 'Spotting money worries and referring on');

CREATE TABLE workforce.service_mandatory_course (
  service_id     UUID NOT NULL REFERENCES workforce.service (id) ON DELETE CASCADE,
  course_id      UUID NOT NULL REFERENCES workforce.course (id),
  renewal_months INTEGER,
  PRIMARY KEY (service_id, course_id),
  CONSTRAINT service_mandatory_course_renewal_ck CHECK (renewal_months IS NULL OR renewal_months BETWEEN 1 AND 120)
);

CREATE TABLE workforce.training_record (
  id              UUID PRIMARY KEY,
  practitioner_id UUID NOT NULL REFERENCES workforce.practitioner (id) ON DELETE CASCADE,
  course_id       UUID NOT NULL REFERENCES workforce.course (id),
  completed_on    DATE NOT NULL,
  expires_on      DATE,
  recorded_by     TEXT NOT NULL,
  recorded_at     TIMESTAMP WITH TIME ZONE NOT NULL,
  CONSTRAINT training_record_expiry_ck CHECK (expires_on IS NULL OR expires_on > completed_on)
);
-- The same completion recorded twice is one record.
CREATE UNIQUE INDEX training_record_uq ON workforce.training_record (practitioner_id, course_id, completed_on);
CREATE INDEX training_record_course_idx ON workforce.training_record (course_id, expires_on);
