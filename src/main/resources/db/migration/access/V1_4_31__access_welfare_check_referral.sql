-- A welfare check that turned into a referral remembers which one.
ALTER TABLE access.welfare_check ADD COLUMN referral_id UUID REFERENCES access.referral (id);
