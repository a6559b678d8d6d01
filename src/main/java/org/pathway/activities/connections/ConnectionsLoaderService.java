package org.pathway.activities.connections;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.pathway.activities.loading.ConnectionsLoader;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** {@link ConnectionsLoader} with batched inserts. */
@Component
class ConnectionsLoaderService implements ConnectionsLoader {

    private final JdbcTemplate jdbc;

    ConnectionsLoaderService(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    @Transactional
    public Loaded load(Batch batch) {
        List<Object[]> connections = new ArrayList<>();
        List<Object[]> changes = new ArrayList<>();
        for (NewConnection c : batch.connections()) {
            if (c.history().isEmpty()) {
                continue;
            }
            NewChange first = c.history().get(0);
            NewChange last = c.history().get(c.history().size() - 1);
            connections.add(new Object[] {c.id(), c.caseId(), c.personId(), c.caseOrganisationId(), c.listingId(),
                    c.route().name(), last.status().name(), c.sharedWithProvider(), Timestamp.from(first.at()),
                    first.by(), Timestamp.from(last.at())});
            for (NewChange h : c.history()) {
                changes.add(new Object[] {c.id(), h.status().name(), h.note(), Timestamp.from(h.at()), h.by()});
            }
        }
        jdbc.batchUpdate("""
                INSERT INTO activities.connection (id, case_id, person_id, case_organisation_id, listing_id,
                    referral_route, status, shared_with_provider, created_at, created_by, updated_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", connections);
        jdbc.batchUpdate("""
                INSERT INTO activities.connection_change (connection_id, status, note, changed_at, changed_by)
                VALUES (?, ?, ?, ?, ?)""", changes);
        List<Object[]> needs = new ArrayList<>();
        for (NewUnmetNeed u : batch.unmetNeeds()) {
            // Ids from the content, so the same demo gives the same ids.
            UUID id = UUID.nameUUIDFromBytes((u.caseId() + "/" + needs.size() + "/" + u.category() + "/" + u.at())
                    .getBytes(java.nio.charset.StandardCharsets.UTF_8));
            needs.add(new Object[] {id, u.caseId(), u.caseOrganisationId(), u.category(), u.locality(), u.reason(),
                    u.note(), Timestamp.from(u.at()), u.by()});
        }
        jdbc.batchUpdate("""
                INSERT INTO activities.unmet_need (id, case_id, case_organisation_id, category, locality, reason, note,
                    recorded_at, recorded_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""", needs);
        return new Loaded(connections.size(), changes.size(), needs.size());
    }
}
