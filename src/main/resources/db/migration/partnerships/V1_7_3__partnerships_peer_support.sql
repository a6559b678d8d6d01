-- Peer-support groups across employers within one ICS: the forums they meet in, the community builders who work with
-- them, their members (practitioners of any employer, with the dates they joined and left) and their meetings with
-- attendance. Organisations, localities and practitioners are workforce's, named here by id only; every row carries
-- the ICS it belongs to, so each query is scoped to the user's ICS.
CREATE TABLE partnerships.peer_forum (
  id            UUID PRIMARY KEY,
  ics_id        UUID NOT NULL,
  name          TEXT NOT NULL,
  kind          TEXT NOT NULL,
  place         TEXT,
  organiser_id  UUID,
  created_by    TEXT NOT NULL,
  created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
  updated_at    TIMESTAMP WITH TIME ZONE NOT NULL,
  CONSTRAINT peer_forum_kind_ck CHECK (kind IN ('IN_PERSON', 'ONLINE', 'HYBRID'))
);
CREATE UNIQUE INDEX peer_forum_name_uq ON partnerships.peer_forum (ics_id, lower(name));

CREATE TABLE partnerships.community_builder (
  id                 UUID PRIMARY KEY,
  ics_id             UUID NOT NULL,
  name               TEXT NOT NULL,
  organisation_id    UUID,
  organisation_name  TEXT,
  email              TEXT,
  phone              TEXT,
  created_by         TEXT NOT NULL,
  created_at         TIMESTAMP WITH TIME ZONE NOT NULL,
  updated_at         TIMESTAMP WITH TIME ZONE NOT NULL,
  CONSTRAINT community_builder_organisation_ck CHECK ((organisation_id IS NULL) <> (organisation_name IS NULL))
);
CREATE UNIQUE INDEX community_builder_name_uq ON partnerships.community_builder (ics_id, lower(name));

CREATE TABLE partnerships.community_builder_locality (
  builder_id   UUID NOT NULL REFERENCES partnerships.community_builder (id) ON DELETE CASCADE,
  locality_id  UUID NOT NULL,
  PRIMARY KEY (builder_id, locality_id)
);

CREATE TABLE partnerships.peer_group (
  id          UUID PRIMARY KEY,
  ics_id      UUID NOT NULL,
  name        TEXT NOT NULL,
  purpose     TEXT NOT NULL,
  forum_id    UUID NOT NULL REFERENCES partnerships.peer_forum (id),
  started_on  DATE NOT NULL,
  created_by  TEXT NOT NULL,
  created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
  updated_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE UNIQUE INDEX peer_group_name_uq ON partnerships.peer_group (ics_id, lower(name));

CREATE TABLE partnerships.peer_group_builder (
  group_id    UUID NOT NULL REFERENCES partnerships.peer_group (id) ON DELETE CASCADE,
  builder_id  UUID NOT NULL REFERENCES partnerships.community_builder (id),
  PRIMARY KEY (group_id, builder_id)
);

-- One row per spell of membership: a practitioner who leaves and joins again has two. Left on is the last day.
CREATE TABLE partnerships.peer_group_member (
  id               UUID PRIMARY KEY,
  group_id         UUID NOT NULL REFERENCES partnerships.peer_group (id) ON DELETE CASCADE,
  practitioner_id  UUID NOT NULL,
  joined_on        DATE NOT NULL,
  left_on          DATE,
  created_by       TEXT NOT NULL,
  created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
  CONSTRAINT peer_group_member_dates_ck CHECK (left_on IS NULL OR left_on >= joined_on)
);
CREATE UNIQUE INDEX peer_group_member_current_uq ON partnerships.peer_group_member (group_id, practitioner_id)
  WHERE left_on IS NULL;
CREATE INDEX peer_group_member_practitioner_idx ON partnerships.peer_group_member (practitioner_id);

-- A meeting is planned while its date is ahead and no attendance has been recorded; then it is held.
CREATE TABLE partnerships.peer_meeting (
  id           UUID PRIMARY KEY,
  group_id     UUID NOT NULL REFERENCES partnerships.peer_group (id) ON DELETE CASCADE,
  held_on      DATE NOT NULL,
  forum_id     UUID REFERENCES partnerships.peer_forum (id),
  topic        TEXT,
  planned      BOOLEAN NOT NULL,
  recorded_by  TEXT NOT NULL,
  created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
  updated_at   TIMESTAMP WITH TIME ZONE NOT NULL,
  CONSTRAINT peer_meeting_once_a_day_uq UNIQUE (group_id, held_on)
);

CREATE TABLE partnerships.peer_attendance (
  meeting_id       UUID NOT NULL REFERENCES partnerships.peer_meeting (id) ON DELETE CASCADE,
  practitioner_id  UUID NOT NULL,
  PRIMARY KEY (meeting_id, practitioner_id)
);
CREATE INDEX peer_attendance_practitioner_idx ON partnerships.peer_attendance (practitioner_id);
