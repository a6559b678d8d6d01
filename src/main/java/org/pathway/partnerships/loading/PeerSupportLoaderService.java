package org.pathway.partnerships.loading;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Stores the demo's peer support table by table, each in one batch. */
@Service
class PeerSupportLoaderService implements PeerSupportLoader {

    private final JdbcTemplate jdbc;

    PeerSupportLoaderService(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    @Transactional
    public Loaded load(Batch batch) {
        Timestamp now = Timestamp.from(Instant.now());
        jdbc.batchUpdate("""
                INSERT INTO partnerships.peer_forum (id, ics_id, name, kind, place, organiser_id, created_by, created_at,
                  updated_at) VALUES (?, ?, ?, ?, ?, ?, 'demo', ?, ?)""",
                batch.forums().stream().map(f -> new Object[] {f.id(), f.icsId(), f.name(), f.kind().name(), f.place(),
                        f.organiserId(), now, now}).toList());
        List<Object[]> localities = new ArrayList<>();
        batch.builders().forEach(b -> b.localityIds().forEach(l -> localities.add(new Object[] {b.id(), l})));
        jdbc.batchUpdate("""
                INSERT INTO partnerships.community_builder (id, ics_id, name, organisation_id, organisation_name, email,
                  phone, created_by, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, 'demo', ?, ?)""",
                batch.builders().stream().map(b -> new Object[] {b.id(), b.icsId(), b.name(), b.organisationId(),
                        b.organisationName(), b.email(), b.phone(), now, now}).toList());
        jdbc.batchUpdate("INSERT INTO partnerships.community_builder_locality (builder_id, locality_id) VALUES (?, ?)",
                localities);
        List<Object[]> builders = new ArrayList<>();
        batch.groups().forEach(g -> g.builderIds().forEach(b -> builders.add(new Object[] {g.id(), b})));
        jdbc.batchUpdate("""
                INSERT INTO partnerships.peer_group (id, ics_id, name, purpose, forum_id, started_on, created_by,
                  created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, 'demo', ?, ?)""",
                batch.groups().stream().map(g -> new Object[] {g.id(), g.icsId(), g.name(), g.purpose(), g.forumId(),
                        Date.valueOf(g.startedOn()), now, now}).toList());
        jdbc.batchUpdate("INSERT INTO partnerships.peer_group_builder (group_id, builder_id) VALUES (?, ?)", builders);
        jdbc.batchUpdate("""
                INSERT INTO partnerships.peer_group_member (id, group_id, practitioner_id, joined_on, left_on,
                  created_by, created_at) VALUES (?, ?, ?, ?, ?, 'demo', ?)""",
                batch.memberships().stream().map(m -> new Object[] {UUID.randomUUID(), m.groupId(), m.practitionerId(),
                        Date.valueOf(m.joinedOn()), m.leftOn() == null ? null : Date.valueOf(m.leftOn()), now})
                        .toList());
        List<Object[]> attendance = new ArrayList<>();
        batch.meetings().forEach(m -> m.attendees().forEach(p -> attendance.add(new Object[] {m.id(), p})));
        jdbc.batchUpdate("""
                INSERT INTO partnerships.peer_meeting (id, group_id, held_on, forum_id, topic, planned, recorded_by,
                  created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, 'demo', ?, ?)""",
                batch.meetings().stream().map(m -> new Object[] {m.id(), m.groupId(), Date.valueOf(m.heldOn()),
                        m.forumId(), m.topic(), m.planned(), now, now}).toList());
        jdbc.batchUpdate("INSERT INTO partnerships.peer_attendance (meeting_id, practitioner_id) VALUES (?, ?)",
                attendance);
        return new Loaded(batch.groups().size(), batch.memberships().size(), batch.meetings().size(),
                attendance.size());
    }
}
