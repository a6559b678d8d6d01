package org.pathway.activities.directory;

import java.sql.Timestamp;
import java.util.Map;
import java.util.UUID;
import org.pathway.activities.ListingStatus;
import org.pathway.governance.AuditLog;
import org.pathway.governance.PathwayUser;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A provider's (or an administrator's) changes to a listing's standing: marking it verified today, and a new status
 * with its reason, kept in the status history (which counts as verifying too). Who may is decided in the SQL.
 */
@Service
class ListingStatusChanges {

    private final JdbcClient jdbc;
    private final DirectorySettings settings;
    private final AuditLog audit;

    ListingStatusChanges(JdbcClient jdbc, DirectorySettings settings, AuditLog audit) {
        this.jdbc = jdbc;
        this.settings = settings;
        this.audit = audit;
    }

    /** Marks the listing verified now; false when it does not exist or is outside the user's scope. */
    @Transactional
    boolean verify(UUID id, PathwayUser user) {
        Map<String, Object> p = ListingScope.params(user, true);
        p.put("id", id);
        p.put("now", Timestamp.from(settings.now()));
        int updated = jdbc.sql("UPDATE activities.listing l SET last_verified_at = :now, updated_at = :now, "
                + "version = version + 1 WHERE l.id = :id AND " + ListingScope.SQL).params(p).update();
        if (updated == 1) {
            audit.changed("listing", id.toString(), "verified");
        }
        return updated == 1;
    }

    /** Records a new status with its reason (and counts as a verification); false when outside the user's scope. */
    @Transactional
    boolean changeStatus(UUID id, ListingStatus status, String reason, PathwayUser user) {
        Map<String, Object> p = ListingScope.params(user, false);
        p.put("id", id);
        p.put("status", status.name());
        p.put("reason", reason == null || reason.isBlank() ? null : reason.strip());
        p.put("now", Timestamp.from(settings.now()));
        p.put("by", user.displayName());
        int updated = jdbc.sql("""
                UPDATE activities.listing l SET status = :status, status_reason = :reason, status_changed_at = :now,
                    last_verified_at = :now, updated_at = :now, version = version + 1
                WHERE l.id = :id AND """ + ListingScope.SQL).params(p).update();
        if (updated == 1) {
            jdbc.sql("""
                    INSERT INTO activities.listing_status_change (listing_id, status, reason, changed_at, changed_by)
                    VALUES (:id, :status, :reason, :now, :by)""").params(p).update();
            audit.changed("listing", id.toString(), "status " + status.name());
        }
        return updated == 1;
    }
}
