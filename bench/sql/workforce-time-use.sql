-- Two years of weekly time use (about 85% of weeks recorded) for every practitioner without any: a national database
-- built before time use existed has none; the demo generator gives the demo ICS its own from March 2020. Shares of
-- other work by employer type as the demo's recent years: PCN-employed highest, NHS trusts lowest.
WITH weeks AS (
  SELECT generate_series(date_trunc('week', current_date)::date - 104 * 7,
                         date_trunc('week', current_date)::date - 7, interval '7 days')::date AS week),
who AS (
  SELECT p.id, p.fte * 37.5 AS hours,
         CASE o.employer_type WHEN 'PCN' THEN ARRAY[0.07, 0.09, 0.02, 0.04]
                              WHEN 'VCSE' THEN ARRAY[0.03, 0.01, 0.0, 0.04]
                              WHEN 'NHS_TRUST' THEN ARRAY[0.02, 0.0, 0.0, 0.05]
                              ELSE ARRAY[0.04, 0.02, 0.01, 0.04] END AS share
  FROM workforce.practitioner p JOIN workforce.organisation o ON o.id = p.employer_id
  WHERE p.fte > 0 AND NOT EXISTS (SELECT 1 FROM workforce.time_use t WHERE t.practitioner_id = p.id)),
drawn AS (
  SELECT who.id, weeks.week, who.hours,
         round(who.hours * who.share[1] * (0.5 + random()) * 2) / 2 AS welfare,
         round(who.hours * who.share[2] * (0.5 + random()) * 2) / 2 AS admin,
         round(who.hours * who.share[3] * (0.5 + random()) * 2) / 2 AS emergency,
         round(who.hours * who.share[4] * (0.5 + random()) * 2) / 2 AS training
  FROM who CROSS JOIN weeks WHERE random() < 0.85)
INSERT INTO workforce.time_use (practitioner_id, week_starting, core_hours, welfare_hours, practice_admin_hours,
  emergency_hours, training_hours, recorded_at)
SELECT id, week, greatest(round((hours - welfare - admin - emergency - training) * 2) / 2, 0.5), welfare, admin,
       emergency, training, (week + 4) + time '16:00'
FROM drawn
ON CONFLICT DO NOTHING;
ANALYZE workforce.time_use;
