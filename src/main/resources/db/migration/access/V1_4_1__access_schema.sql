-- The access module's own schema: its tables live here and nowhere else.
CREATE SCHEMA access;
