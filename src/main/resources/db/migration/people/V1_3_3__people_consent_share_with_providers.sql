-- Consent to share contact details with a community provider a person is referred to (activities' connections).
ALTER TABLE people.consent DROP CONSTRAINT consent_purpose_ck;
ALTER TABLE people.consent ADD CONSTRAINT consent_purpose_ck
    CHECK (purpose IN ('REFERRAL','CONTACT','SHARE_WITH_GP','SHARE_WITH_PROVIDERS'));
