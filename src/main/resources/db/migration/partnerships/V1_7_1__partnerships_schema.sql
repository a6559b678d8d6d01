-- The partnerships module's own schema: its tables live here and nowhere else.
CREATE SCHEMA partnerships;
