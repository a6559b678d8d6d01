package org.pathway.activities.directory;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.pathway.activities.loading.DirectoryLoader;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Batched inserts of directory data for the demo and benchmarks. */
@Component
class DirectoryLoaderService implements DirectoryLoader {

    static final String LOADED_BY = "Directory load";

    private final JdbcTemplate jdbc;
    private final JdbcClient client;

    DirectoryLoaderService(JdbcTemplate jdbc, JdbcClient client) {
        this.jdbc = jdbc;
        this.client = client;
    }

    @Override
    public Set<String> categoryCodes() {
        return new HashSet<>(client.sql("SELECT code FROM activities.taxonomy_term WHERE taxonomy_id = ?")
                .param(Taxonomies.PATHWAY_TAXONOMY).query(String.class).list());
    }

    @Override
    @Transactional
    public Loaded load(Batch batch) {
        jdbc.batchUpdate("""
                INSERT INTO activities.organisation (id, name, description, website, email, workforce_organisation_id)
                VALUES (?, ?, ?, ?, ?, ?)""", batch.organisations(), 500, (ps, o) -> {
            ps.setObject(1, o.id());
            ps.setString(2, o.name());
            ps.setString(3, o.description() == null ? "" : o.description());
            ps.setString(4, o.website());
            ps.setString(5, o.email());
            ps.setObject(6, o.workforceOrganisationId());
        });
        Map<String, UUID> terms = client.sql("SELECT code, id FROM activities.taxonomy_term WHERE taxonomy_id = ?")
                .param(Taxonomies.PATHWAY_TAXONOMY)
                .query((rs, n) -> Map.entry(rs.getString(1), rs.getObject(2, UUID.class))).list().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        jdbc.batchUpdate("""
                INSERT INTO activities.listing (id, organisation_id, name, description, cost, free, delivery_mode,
                    min_age, max_age, conditions, area, locality, accessibility, languages, capacity, referral_route,
                    is_public, status, status_reason, status_changed_at, last_verified_at, created_at, updated_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                batch.listings(), 500, (ps, l) -> {
                    NewStatusChange current = l.history().get(l.history().size() - 1);
                    ps.setObject(1, l.id());
                    ps.setObject(2, l.organisationId());
                    ps.setString(3, l.name());
                    ps.setString(4, l.description());
                    ps.setString(5, l.cost());
                    ps.setBoolean(6, l.free());
                    ps.setString(7, l.deliveryMode().name());
                    setInt(ps, 8, l.minAge());
                    setInt(ps, 9, l.maxAge());
                    ps.setString(10, l.conditions());
                    ps.setString(11, l.area());
                    ps.setString(12, l.locality());
                    ps.setString(13, l.accessibility());
                    ps.setArray(14, ps.getConnection().createArrayOf("text", l.languages().toArray()));
                    setInt(ps, 15, l.capacity());
                    ps.setString(16, l.referralRoute().name());
                    ps.setBoolean(17, l.isPublic());
                    ps.setString(18, current.status().name());
                    ps.setString(19, current.reason());
                    ps.setTimestamp(20, Timestamp.from(current.changedAt()));
                    ps.setTimestamp(21, Timestamp.from(l.lastVerifiedAt()));
                    ps.setTimestamp(22, Timestamp.from(l.createdAt()));
                    ps.setTimestamp(23, Timestamp.from(max(current.changedAt(), l.lastVerifiedAt())));
                });
        record Link(UUID listing, UUID term) {}
        List<Link> links = new ArrayList<>();
        List<Object[]> schedules = new ArrayList<>();
        List<Object[]> locations = new ArrayList<>();
        List<Object[]> contacts = new ArrayList<>();
        List<Object[]> history = new ArrayList<>();
        for (NewListing l : batch.listings()) {
            for (String code : l.categoryCodes()) {
                UUID term = terms.get(code);
                if (term == null) {
                    throw new IllegalArgumentException("Unknown category " + code);
                }
                links.add(new Link(l.id(), term));
            }
            for (NewSchedule s : l.schedules()) {
                schedules.add(new Object[] {UUID.randomUUID(), l.id(), s.weekday(), s.startsAt(), s.endsAt(),
                        s.frequency().name(), s.anchorDate(), s.weekOfMonth()});
            }
            for (NewLocation loc : l.locations()) {
                locations.add(new Object[] {UUID.randomUUID(), l.id(), loc.name(), loc.address(), loc.city(),
                        loc.postcode(), loc.latitude(), loc.longitude()});
            }
            for (NewContact c : l.contacts()) {
                contacts.add(new Object[] {UUID.randomUUID(), l.id(), c.name(), c.title(), c.phone(), c.email()});
            }
            for (NewStatusChange h : l.history()) {
                history.add(new Object[] {l.id(), h.status().name(), h.reason(), Timestamp.from(h.changedAt()), LOADED_BY});
            }
        }
        jdbc.batchUpdate("INSERT INTO activities.listing_term (listing_id, term_id) VALUES (?, ?)", links, 1000,
                (ps, link) -> {
                    ps.setObject(1, link.listing());
                    ps.setObject(2, link.term());
                });
        jdbc.batchUpdate("""
                INSERT INTO activities.schedule (id, listing_id, weekday, starts_at, ends_at, frequency, anchor_date,
                    week_of_month) VALUES (?, ?, ?, ?, ?, ?, ?, ?)""", schedules, new int[] {Types.OTHER, Types.OTHER,
                Types.SMALLINT, Types.TIME, Types.TIME, Types.VARCHAR, Types.DATE, Types.SMALLINT});
        insertLocations(locations);
        jdbc.batchUpdate("""
                INSERT INTO activities.contact (id, listing_id, name, title, phone, email) VALUES (?, ?, ?, ?, ?, ?)""",
                contacts, new int[] {Types.OTHER, Types.OTHER, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR});
        jdbc.batchUpdate("""
                INSERT INTO activities.listing_status_change (listing_id, status, reason, changed_at, changed_by)
                VALUES (?, ?, ?, ?, ?)""", history, new int[] {Types.OTHER, Types.VARCHAR, Types.VARCHAR,
                Types.TIMESTAMP, Types.VARCHAR});
        jdbc.batchUpdate("""
                INSERT INTO activities.postcode (postcode, latitude, longitude) VALUES (?, ?, ?)
                ON CONFLICT (postcode) DO UPDATE SET latitude = excluded.latitude, longitude = excluded.longitude""",
                batch.postcodes(), 1000, (ps, p) -> {
                    ps.setString(1, p.postcode());
                    ps.setDouble(2, p.latitude());
                    ps.setDouble(3, p.longitude());
                });
        return new Loaded(batch.organisations().size(), batch.listings().size(), history.size(), batch.postcodes().size());
    }

    /**
     * The locations as one statement per 5,000 (arrays unnested), so the trigger that keeps each listing's extent
     * (migration V1_6_13) runs once per chunk, not once per location.
     */
    private void insertLocations(List<Object[]> locations) {
        for (int from = 0; from < locations.size(); from += 5_000) {
            List<Object[]> chunk = locations.subList(from, Math.min(locations.size(), from + 5_000));
            jdbc.execute((java.sql.Connection connection) -> {
                try (PreparedStatement ps = connection.prepareStatement("""
                        INSERT INTO activities.location (id, listing_id, name, address_1, city, postcode, latitude, longitude)
                        SELECT * FROM unnest(?::uuid[], ?::uuid[], ?::text[], ?::text[], ?::text[], ?::text[],
                            ?::float8[], ?::float8[])""")) {
                    String[] types = {"uuid", "uuid", "text", "text", "text", "text", "float8", "float8"};
                    for (int column = 0; column < types.length; column++) {
                        Object[] values = new Object[chunk.size()];
                        for (int row = 0; row < chunk.size(); row++) {
                            values[row] = chunk.get(row)[column];
                        }
                        ps.setArray(column + 1, connection.createArrayOf(types[column], values));
                    }
                    return ps.executeUpdate();
                }
            });
        }
    }

    private static java.time.Instant max(java.time.Instant a, java.time.Instant b) {
        return a.isAfter(b) ? a : b;
    }

    private static void setInt(PreparedStatement ps, int index, Integer value) throws SQLException {
        if (value == null) {
            ps.setNull(index, Types.INTEGER);
        } else {
            ps.setInt(index, value);
        }
    }
}
