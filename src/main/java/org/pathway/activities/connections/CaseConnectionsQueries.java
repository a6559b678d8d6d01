package org.pathway.activities.connections;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.pathway.activities.ConnectionStatus;
import org.pathway.activities.ReferralRoute;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A case's connections as its page shows them: newest first, each with its history in order. */
@Service
class CaseConnectionsQueries {

    record Change(ConnectionStatus status, String note, Instant at, String by) {}

    record ConnectionView(UUID id, UUID listingId, String listingName, String organisation, ReferralRoute route,
            ConnectionStatus status, Instant createdAt, List<Change> history) {

        /** What the practitioner may change it to next (the provider's answers left to the provider). */
        public List<ConnectionStatus> practitionerNext() {
            return status.next().stream().filter(s -> !s.providersOnly())
                    .filter(s -> s != ConnectionStatus.REFERRED || route == ReferralRoute.DIRECT_REFERRAL).toList();
        }
    }

    private final JdbcClient jdbc;

    CaseConnectionsQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Every connection of the case, newest first, each with its history in order. */
    @Transactional(readOnly = true)
    List<ConnectionView> ofCase(UUID caseId) {
        Map<UUID, List<Change>> history = new LinkedHashMap<>();
        jdbc.sql("""
                SELECT h.connection_id, h.status, h.note, h.changed_at, h.changed_by
                FROM activities.connection_change h JOIN activities.connection c ON c.id = h.connection_id
                WHERE c.case_id = ? ORDER BY h.changed_at, h.id""").param(caseId)
                .query(rs -> {
                    history.computeIfAbsent(rs.getObject(1, UUID.class), k -> new ArrayList<>())
                            .add(new Change(ConnectionStatus.valueOf(rs.getString(2)), rs.getString(3),
                                    rs.getTimestamp(4).toInstant(), rs.getString(5)));
                });
        return jdbc.sql("""
                SELECT c.id, c.listing_id, l.name, o.name AS organisation, c.referral_route, c.status, c.created_at
                FROM activities.connection c JOIN activities.listing l ON l.id = c.listing_id
                JOIN activities.organisation o ON o.id = l.organisation_id
                WHERE c.case_id = ? ORDER BY c.created_at DESC, c.id""").param(caseId)
                .query((rs, n) -> {
                    UUID id = rs.getObject(1, UUID.class);
                    return new ConnectionView(id, rs.getObject(2, UUID.class), rs.getString(3), rs.getString(4),
                            ReferralRoute.valueOf(rs.getString(5)), ConnectionStatus.valueOf(rs.getString(6)),
                            rs.getTimestamp(7).toInstant(), history.getOrDefault(id, List.of()));
                }).list();
    }
}
