package org.pathway.activities.directory;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.pathway.governance.AuditLog;
import org.pathway.governance.PathwayUser;
import org.pathway.governance.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Practitioners propose a change to one field of a listing; the listing's provider (or an administrator) accepts
 * it, which applies the value and counts as verifying, or rejects it with a note.
 */
@Service
class Proposals {

    /** The fields a practitioner may propose changing, with the column each one sets. */
    enum Field {
        NAME("Name", "name"),
        DESCRIPTION("Description", "description"),
        COST("Cost", "cost"),
        ACCESSIBILITY("Accessibility", "accessibility"),
        AREA("Area served", "area"),
        CONDITIONS("Who it is for", "conditions");

        final String label;
        final String column;

        Field(String label, String column) {
            this.label = label;
            this.column = column;
        }

        public String label() {
            return label;
        }
    }

    record Proposal(UUID id, UUID listingId, String listingName, Field field, String currentValue, String proposedValue,
            String note, String proposedBy, Instant proposedAt) {}

    private final JdbcClient jdbc;
    private final DirectorySettings settings;
    private final AuditLog audit;

    Proposals(JdbcClient jdbc, DirectorySettings settings, AuditLog audit) {
        this.jdbc = jdbc;
        this.settings = settings;
        this.audit = audit;
    }

    @Transactional
    boolean propose(UUID listing, Field field, String value, String note, PathwayUser user) {
        int rows = jdbc.sql("""
                INSERT INTO activities.listing_proposal (id, listing_id, field, proposed_value, note, proposed_by, proposed_at)
                SELECT ?, l.id, ?, ?, ?, ?, ? FROM activities.listing l WHERE l.id = ?""")
                .params(UUID.randomUUID(), field.name(), value.strip(), note == null || note.isBlank() ? null : note.strip(),
                        user.displayName(), Timestamp.from(settings.now()), listing).update();
        if (rows == 1) {
            audit.changed("listing", listing.toString(), "proposed change to " + field.name());
        }
        return rows == 1;
    }

    /** Open proposals for listings the user may change (one listing, or all of them when {@code listing} is null). */
    List<Proposal> open(UUID listing, PathwayUser user) {
        Map<String, Object> p = scope(user);
        p.put("listing", listing);
        return jdbc.sql("""
                SELECT pr.*, l.name AS listing_name, l.name AS l_name, l.description AS l_description, l.cost AS l_cost,
                       l.accessibility AS l_accessibility, l.area AS l_area, l.conditions AS l_conditions
                FROM activities.listing_proposal pr JOIN activities.listing l ON l.id = pr.listing_id
                WHERE pr.decision IS NULL AND (CAST(:listing AS uuid) IS NULL OR pr.listing_id = :listing) AND """
                + ListingScope.SQL + " ORDER BY pr.proposed_at, pr.id LIMIT 200").params(p).query((rs, n) -> {
            Field field = Field.valueOf(rs.getString("field"));
            return new Proposal(rs.getObject("id", UUID.class), rs.getObject("listing_id", UUID.class),
                    rs.getString("listing_name"), field, rs.getString("l_" + field.column), rs.getString("proposed_value"),
                    rs.getString("note"), rs.getString("proposed_by"), rs.getTimestamp("proposed_at").toInstant());
        }).list();
    }

    /** Accepts (applying the value) or rejects an open proposal; false when not found or not the user's to decide. */
    @Transactional
    boolean decide(UUID proposal, boolean accept, String note, PathwayUser user) {
        Map<String, Object> p = scope(user);
        p.put("id", proposal);
        List<Map<String, Object>> found = jdbc.sql("""
                SELECT pr.listing_id, pr.field, pr.proposed_value FROM activities.listing_proposal pr
                JOIN activities.listing l ON l.id = pr.listing_id
                WHERE pr.id = :id AND pr.decision IS NULL AND """ + ListingScope.SQL + " FOR UPDATE OF pr")
                .params(p).query().listOfRows();
        if (found.isEmpty()) {
            return false;
        }
        UUID listing = (UUID) found.get(0).get("listing_id");
        Field field = Field.valueOf((String) found.get(0).get("field"));
        Timestamp now = Timestamp.from(settings.now());
        if (accept) {
            String value = (String) found.get(0).get("proposed_value");
            // The column comes from the enum, never from input.
            String extra = field == Field.COST ? ", free = false" : "";
            jdbc.sql("UPDATE activities.listing SET " + field.column + " = ?" + extra
                    + ", last_verified_at = ?, updated_at = ?, version = version + 1 WHERE id = ?")
                    .params(value, now, now, listing).update();
        }
        jdbc.sql("""
                UPDATE activities.listing_proposal SET decision = ?, decision_note = ?, decided_by = ?, decided_at = ?
                WHERE id = ?""").params(accept ? "ACCEPTED" : "REJECTED", note == null || note.isBlank() ? null : note.strip(),
                user.displayName(), now, proposal).update();
        audit.changed("listing", listing.toString(), (accept ? "accepted" : "rejected") + " proposed change to " + field.name());
        return true;
    }

    private static Map<String, Object> scope(PathwayUser user) {
        Map<String, Object> p = new HashMap<>();
        boolean all = user.role() == Role.ADMINISTRATOR;
        p.put("all", all);
        p.put("org", all ? null : user.organisationId());
        return p;
    }
}
