-- "What matters to me" in the person's own words (every version kept) and the personalised care and support
-- plan: goals with progress over time, agreed actions and review dates.

CREATE TABLE engagement.what_matters (
    id          uuid PRIMARY KEY,
    case_id     uuid NOT NULL REFERENCES engagement.case_episode (id),
    version     int NOT NULL,
    words       text NOT NULL,
    recorded_on date NOT NULL,
    recorded_at timestamptz NOT NULL,
    recorded_by text NOT NULL,
    UNIQUE (case_id, version)
);

CREATE TABLE engagement.goal (
    id                uuid PRIMARY KEY,
    case_id           uuid NOT NULL REFERENCES engagement.case_episode (id),
    domain            text NOT NULL,
    wording           text NOT NULL,
    target_on         date,
    status            text NOT NULL DEFAULT 'ACTIVE' CHECK (status IN ('ACTIVE', 'ACHIEVED', 'NO_LONGER_RELEVANT')),
    created_at        timestamptz NOT NULL,
    created_by        text NOT NULL,
    status_changed_at timestamptz
);
CREATE INDEX goal_case ON engagement.goal (case_id);

CREATE TABLE engagement.goal_progress (
    id          uuid PRIMARY KEY,
    goal_id     uuid NOT NULL REFERENCES engagement.goal (id),
    recorded_on date NOT NULL,
    score       int NOT NULL CHECK (score BETWEEN 1 AND 10),
    note        text,
    recorded_at timestamptz NOT NULL,
    recorded_by text NOT NULL
);
CREATE INDEX goal_progress_goal ON engagement.goal_progress (goal_id, recorded_on);

CREATE TABLE engagement.plan_action (
    id         uuid PRIMARY KEY,
    case_id    uuid NOT NULL REFERENCES engagement.case_episode (id),
    who        text NOT NULL,
    what       text NOT NULL,
    due_on     date,
    done_on    date,
    created_at timestamptz NOT NULL,
    created_by text NOT NULL
);
CREATE INDEX plan_action_case ON engagement.plan_action (case_id);

CREATE TABLE engagement.plan_review (
    id         uuid PRIMARY KEY,
    case_id    uuid NOT NULL REFERENCES engagement.case_episode (id),
    review_on  date NOT NULL,
    note       text,
    created_at timestamptz NOT NULL,
    created_by text NOT NULL
);
CREATE INDEX plan_review_case ON engagement.plan_review (case_id, review_on);
