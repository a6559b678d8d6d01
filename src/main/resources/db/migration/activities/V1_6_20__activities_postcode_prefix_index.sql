-- A postcode missing from the lookup is placed at the centre of its sector ("TR1 3"), else its district ("TR1"):
-- the mean of the postcodes the lookup holds there (decision 0017). Byte order ("C") keeps a sector's and a
-- district's postcodes together whatever the database's collation, and the coordinates in the index let the mean
-- be read from the index alone (a district of the national lookup holds a few thousand postcodes).
CREATE INDEX postcode_prefix ON activities.postcode ((postcode COLLATE "C")) INCLUDE (latitude, longitude);
