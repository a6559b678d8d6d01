-- The people module's own schema: its tables live here and nowhere else.
CREATE SCHEMA people;
