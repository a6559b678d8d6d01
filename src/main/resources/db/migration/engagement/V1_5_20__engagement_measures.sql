-- Outcome measures as data: definitions (items, answer labels, bands, conversion tables) and the measures
-- recorded on cases with the answers given and the scores computed when they were recorded.

CREATE TABLE engagement.measure_definition (
    id                     uuid PRIMARY KEY,
    code                   text NOT NULL,
    name                   text NOT NULL,
    description            text,
    scoring_rule           text NOT NULL CHECK (scoring_rule IN ('SUM', 'MEAN', 'LOOKUP', 'ITEMS')),
    total_label            text,
    total_higher_is_better boolean NOT NULL DEFAULT true,
    licence_notice         text,
    -- null for the national measures; a service manager's own measures belong to their organisation
    organisation_id        uuid,
    licence_declared_by    uuid,
    licence_declared_name  text,
    licence_declared_at    timestamptz,
    created_at             timestamptz NOT NULL DEFAULT now(),
    retired_at             timestamptz
);
CREATE UNIQUE INDEX measure_definition_code ON engagement.measure_definition
    (coalesce(organisation_id, '00000000-0000-0000-0000-000000000000'::uuid), lower(code));

CREATE TABLE engagement.measure_item (
    definition_id    uuid NOT NULL REFERENCES engagement.measure_definition (id),
    position         int NOT NULL,
    code             text NOT NULL,
    label            text NOT NULL,
    wording          text NOT NULL,
    min_value        int NOT NULL,
    max_value        int NOT NULL CHECK (max_value > min_value),
    separate         boolean NOT NULL DEFAULT false,
    higher_is_better boolean NOT NULL DEFAULT true,
    PRIMARY KEY (definition_id, position),
    UNIQUE (definition_id, code)
);

CREATE TABLE engagement.measure_answer_label (
    definition_id uuid NOT NULL,
    item_code     text NOT NULL,
    value         int NOT NULL,
    label         text NOT NULL,
    PRIMARY KEY (definition_id, item_code, value),
    FOREIGN KEY (definition_id, item_code) REFERENCES engagement.measure_item (definition_id, code)
);

CREATE TABLE engagement.measure_band (
    definition_id uuid NOT NULL REFERENCES engagement.measure_definition (id),
    item_code     text,            -- null: a band of the total
    low           numeric(8, 2) NOT NULL,
    high          numeric(8, 2) NOT NULL,
    label         text NOT NULL,
    CHECK (high >= low)
);
CREATE INDEX measure_band_definition ON engagement.measure_band (definition_id);

CREATE TABLE engagement.measure_conversion (
    definition_id uuid NOT NULL REFERENCES engagement.measure_definition (id),
    raw           int NOT NULL,
    metric        numeric(8, 2) NOT NULL,
    PRIMARY KEY (definition_id, raw)
);

CREATE TABLE engagement.measure_record (
    id            uuid PRIMARY KEY,
    case_id       uuid NOT NULL,
    definition_id uuid NOT NULL REFERENCES engagement.measure_definition (id),
    occasion      text NOT NULL CHECK (occasion IN ('BASELINE', 'REVIEW', 'CLOSURE')),
    taken_on      date NOT NULL,
    recorded_by   text NOT NULL,
    recorded_at   timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX measure_record_case ON engagement.measure_record (case_id, definition_id, taken_on);

CREATE TABLE engagement.measure_answer (
    record_id uuid NOT NULL REFERENCES engagement.measure_record (id),
    item_code text NOT NULL,
    value     int NOT NULL,
    PRIMARY KEY (record_id, item_code)
);

CREATE TABLE engagement.measure_score (
    record_id        uuid NOT NULL REFERENCES engagement.measure_record (id),
    position         int NOT NULL,
    score_key        text NOT NULL,
    label            text NOT NULL,
    value            numeric(8, 2) NOT NULL,
    band             text,
    higher_is_better boolean NOT NULL,
    PRIMARY KEY (record_id, score_key)
);

-- ---- ONS4 personal wellbeing: four items, each 0–10, reported separately with the ONS bands -------------
INSERT INTO engagement.measure_definition (id, code, name, description, scoring_rule, total_label, licence_notice)
VALUES ('5e0a0000-0000-4000-8000-000000000001', 'ONS4', 'ONS4 personal wellbeing',
        'The Office for National Statistics'' four personal wellbeing questions. Each answer is on a scale of 0 (not at all) to 10 (completely) and is reported on its own.',
        'ITEMS', NULL, NULL);
INSERT INTO engagement.measure_item (definition_id, position, code, label, wording, min_value, max_value, separate, higher_is_better) VALUES
 ('5e0a0000-0000-4000-8000-000000000001', 1, 'life', 'Life satisfaction', 'Overall, how satisfied are you with your life nowadays?', 0, 10, true, true),
 ('5e0a0000-0000-4000-8000-000000000001', 2, 'worthwhile', 'Worthwhile', 'Overall, to what extent do you feel that the things you do in your life are worthwhile?', 0, 10, true, true),
 ('5e0a0000-0000-4000-8000-000000000001', 3, 'happy', 'Happiness', 'Overall, how happy did you feel yesterday?', 0, 10, true, true),
 ('5e0a0000-0000-4000-8000-000000000001', 4, 'anxious', 'Anxiety', 'On a scale where 0 is "not at all anxious" and 10 is "completely anxious", overall, how anxious did you feel yesterday?', 0, 10, true, false);
INSERT INTO engagement.measure_answer_label (definition_id, item_code, value, label)
SELECT '5e0a0000-0000-4000-8000-000000000001', code, v, CASE v WHEN 0 THEN 'Not at all' ELSE 'Completely' END
FROM (VALUES ('life'), ('worthwhile'), ('happy'), ('anxious')) AS i(code), (VALUES (0), (10)) AS e(v);
INSERT INTO engagement.measure_band (definition_id, item_code, low, high, label)
SELECT '5e0a0000-0000-4000-8000-000000000001', code, low, high, label
FROM (VALUES ('life'), ('worthwhile'), ('happy')) AS i(code),
     (VALUES (0, 4, 'Low'), (5, 6, 'Medium'), (7, 8, 'High'), (9, 10, 'Very high')) AS b(low, high, label);
INSERT INTO engagement.measure_band (definition_id, item_code, low, high, label) VALUES
 ('5e0a0000-0000-4000-8000-000000000001', 'anxious', 0, 1, 'Very low'),
 ('5e0a0000-0000-4000-8000-000000000001', 'anxious', 2, 3, 'Low'),
 ('5e0a0000-0000-4000-8000-000000000001', 'anxious', 4, 5, 'Medium'),
 ('5e0a0000-0000-4000-8000-000000000001', 'anxious', 6, 10, 'High');

-- ---- SWEMWBS: seven items 1–5, raw total 7–35 converted to the metric score --------------------------------
INSERT INTO engagement.measure_definition (id, code, name, description, scoring_rule, total_label, licence_notice)
VALUES ('5e0a0000-0000-4000-8000-000000000002', 'SWEMWBS', 'Short Warwick-Edinburgh Mental Wellbeing Scale (SWEMWBS)',
        'Below are some statements about feelings and thoughts. Choose the answer that best describes your experience of each over the last 2 weeks.',
        'LOOKUP', 'SWEMWBS metric score',
        'Short Warwick-Edinburgh Mental Wellbeing Scale (SWEMWBS) © University of Warwick, 2006, all rights reserved. It is used here under a licence the organisation running this service registered for with the University of Warwick.');
INSERT INTO engagement.measure_item (definition_id, position, code, label, wording, min_value, max_value) VALUES
 ('5e0a0000-0000-4000-8000-000000000002', 1, 'optimistic', 'Optimistic', 'I''ve been feeling optimistic about the future', 1, 5),
 ('5e0a0000-0000-4000-8000-000000000002', 2, 'useful', 'Useful', 'I''ve been feeling useful', 1, 5),
 ('5e0a0000-0000-4000-8000-000000000002', 3, 'relaxed', 'Relaxed', 'I''ve been feeling relaxed', 1, 5),
 ('5e0a0000-0000-4000-8000-000000000002', 4, 'problems', 'Dealing with problems', 'I''ve been dealing with problems well', 1, 5),
 ('5e0a0000-0000-4000-8000-000000000002', 5, 'clearly', 'Thinking clearly', 'I''ve been thinking clearly', 1, 5),
 ('5e0a0000-0000-4000-8000-000000000002', 6, 'close', 'Close to others', 'I''ve been feeling close to other people', 1, 5),
 ('5e0a0000-0000-4000-8000-000000000002', 7, 'own-mind', 'Own mind', 'I''ve been able to make up my own mind about things', 1, 5);
INSERT INTO engagement.measure_answer_label (definition_id, item_code, value, label)
SELECT '5e0a0000-0000-4000-8000-000000000002', code, v, label
FROM (VALUES ('optimistic'), ('useful'), ('relaxed'), ('problems'), ('clearly'), ('close'), ('own-mind')) AS i(code),
     (VALUES (1, 'None of the time'), (2, 'Rarely'), (3, 'Some of the time'), (4, 'Often'), (5, 'All of the time')) AS a(v, label);
INSERT INTO engagement.measure_conversion (definition_id, raw, metric)
SELECT '5e0a0000-0000-4000-8000-000000000002', raw, metric FROM (VALUES
 (7, 7.00), (8, 9.51), (9, 11.25), (10, 12.40), (11, 13.33), (12, 14.08), (13, 14.75), (14, 15.32), (15, 15.84),
 (16, 16.36), (17, 16.88), (18, 17.43), (19, 17.98), (20, 18.59), (21, 19.25), (22, 19.98), (23, 20.73),
 (24, 21.54), (25, 22.35), (26, 23.21), (27, 24.11), (28, 25.03), (29, 26.02), (30, 27.03), (31, 28.13),
 (32, 29.31), (33, 30.70), (34, 32.55), (35, 35.00)) AS t(raw, metric);

-- ---- UCLA 3-item loneliness (total 3–9) with the ONS direct loneliness question reported on its own -------
INSERT INTO engagement.measure_definition (id, code, name, description, scoring_rule, total_label, total_higher_is_better, licence_notice)
VALUES ('5e0a0000-0000-4000-8000-000000000003', 'UCLA3', 'UCLA 3-item loneliness scale and the ONS direct question',
        'Three questions about how often the person feels a lack of companionship, left out or isolated (total 3 to 9: higher means lonelier), and the ONS direct question "How often do you feel lonely?".',
        'SUM', 'UCLA loneliness total', false, NULL);
INSERT INTO engagement.measure_item (definition_id, position, code, label, wording, min_value, max_value, separate, higher_is_better) VALUES
 ('5e0a0000-0000-4000-8000-000000000003', 1, 'companionship', 'Lack companionship', 'How often do you feel that you lack companionship?', 1, 3, false, false),
 ('5e0a0000-0000-4000-8000-000000000003', 2, 'left-out', 'Left out', 'How often do you feel left out?', 1, 3, false, false),
 ('5e0a0000-0000-4000-8000-000000000003', 3, 'isolated', 'Isolated', 'How often do you feel isolated from others?', 1, 3, false, false),
 ('5e0a0000-0000-4000-8000-000000000003', 4, 'lonely', 'How often lonely (ONS)', 'How often do you feel lonely?', 1, 5, true, true);
INSERT INTO engagement.measure_answer_label (definition_id, item_code, value, label)
SELECT '5e0a0000-0000-4000-8000-000000000003', code, v, label
FROM (VALUES ('companionship'), ('left-out'), ('isolated')) AS i(code),
     (VALUES (1, 'Hardly ever'), (2, 'Some of the time'), (3, 'Often')) AS a(v, label);
INSERT INTO engagement.measure_answer_label (definition_id, item_code, value, label) VALUES
 ('5e0a0000-0000-4000-8000-000000000003', 'lonely', 1, 'Often or always'),
 ('5e0a0000-0000-4000-8000-000000000003', 'lonely', 2, 'Some of the time'),
 ('5e0a0000-0000-4000-8000-000000000003', 'lonely', 3, 'Occasionally'),
 ('5e0a0000-0000-4000-8000-000000000003', 'lonely', 4, 'Hardly ever'),
 ('5e0a0000-0000-4000-8000-000000000003', 'lonely', 5, 'Never');
