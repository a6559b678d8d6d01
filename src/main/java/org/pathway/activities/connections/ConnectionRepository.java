package org.pathway.activities.connections;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.pathway.activities.ConnectionEvents.ConnectionStatusChanged;
import org.pathway.activities.ConnectionStatus;
import org.pathway.activities.ReferralRoute;
import org.pathway.platform.Refusal;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Stores {@link Connection}s: a new one with its first status, a change with its history entry, each change checked
 * against the version read (someone else's change meanwhile is refused). Loads lock the row until the change ends.
 */
@Repository
class ConnectionRepository {

    private final JdbcClient jdbc;

    ConnectionRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A connection of the case, locked for a change. */
    Optional<Connection> findOfCase(UUID connectionId, UUID caseId) {
        return load("c.id = :id AND c.case_id = :case", Map.of("id", connectionId, "case", caseId));
    }

    /** A connection the provider's organisation may answer (see {@link ProviderConnectionsQueries#PROVIDER_SCOPE}), locked. */
    Optional<Connection> findForProvider(UUID connectionId, UUID organisationId) {
        return load(ProviderConnectionsQueries.PROVIDER_SCOPE + " AND c.id = :id",
                Map.of("id", connectionId, "organisation", organisationId));
    }

    /** A new connection of the person of the case, with its first history entry. */
    void insert(Connection connection, UUID personId, UUID caseOrganisationId, String note, Instant at, String by) {
        jdbc.sql("""
                INSERT INTO activities.connection (id, case_id, person_id, case_organisation_id, listing_id,
                    referral_route, status, shared_with_provider, created_at, created_by, updated_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(connection.id(), connection.caseId(), personId, caseOrganisationId, connection.listingId(),
                        connection.route().name(), connection.status().name(), connection.sharedWithProvider(),
                        Timestamp.from(at), by, Timestamp.from(at))
                .update();
        history(connection.id(), connection.status(), note, at, by);
    }

    private Optional<Connection> load(String where, Map<String, Object> params) {
        return jdbc.sql("""
                SELECT c.id, c.case_id, c.listing_id, c.referral_route, c.shared_with_provider, c.status, c.version
                FROM activities.connection c JOIN activities.listing l ON l.id = c.listing_id
                JOIN activities.organisation o ON o.id = l.organisation_id
                WHERE """ + " " + where + " FOR UPDATE OF c").params(params)
                .query((rs, n) -> new Connection(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
                        rs.getObject(3, UUID.class), ReferralRoute.valueOf(rs.getString(4)), rs.getBoolean(5),
                        ConnectionStatus.valueOf(rs.getString(6)), rs.getLong(7)))
                .optional();
    }

    /** Saves the change and its history entry; refused when someone else changed the connection meanwhile. */
    void update(Connection connection, ConnectionStatusChanged changed) {
        int updated = jdbc.sql("""
                UPDATE activities.connection SET status = ?, shared_with_provider = ?, updated_at = ?, version = version + 1
                WHERE id = ? AND version = ?""")
                .params(connection.status().name(), connection.sharedWithProvider(), Timestamp.from(changed.at()),
                        connection.id(), connection.version())
                .update();
        if (updated != 1) {
            throw Refusal.because("Someone else changed this connection meanwhile: look again.");
        }
        history(connection.id(), changed.to(), changed.note(), changed.at(), changed.by());
    }

    private void history(UUID id, ConnectionStatus status, String note, Instant at, String by) {
        jdbc.sql("""
                INSERT INTO activities.connection_change (connection_id, status, note, changed_at, changed_by)
                VALUES (?, ?, ?, ?, ?)""")
                .params(id, status.name(), note, Timestamp.from(at), by).update();
    }
}
