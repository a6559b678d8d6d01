-- Who made a welfare call, as a sign-in, so that practitioners' time use counts the calls they recorded. Calls recorded
-- before this change, and imported ones, have none.
ALTER TABLE access.welfare_contact ADD COLUMN contacted_by_account UUID;
CREATE INDEX welfare_contact_account_idx ON access.welfare_contact (contacted_by_account, contacted_at)
  WHERE contacted_by_account IS NOT NULL;
