-- The HSDS API pages public listings by name: an index in that order lets a page be read without sorting them all.
CREATE INDEX listing_public_name ON activities.listing (name, id) WHERE is_public;
