package org.pathway.activities.connections;

import java.sql.Timestamp;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.pathway.activities.DeliveryMode;
import org.pathway.activities.ListingStatus;
import org.pathway.activities.ReferralRoute;
import org.pathway.activities.directory.DirectorySettings;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Listings as a new connection sees them: whether each can take one (not closed, not suspended, not withheld as
 * unverified) and the area it serves.
 */
@Service
class ConnectableListings {

    /**
     * A listing as a new connection sees it: {@code withheld} when not verified within the withhold age;
     * {@code locality} the area it serves.
     */
    record ListingRef(UUID id, String name, ReferralRoute route, ListingStatus status, String statusReason,
            DeliveryMode mode, String locality, boolean withheld) {

        /** Why the listing cannot take a new connection (suspended, closed, withheld), or empty when it can. */
        Optional<String> refusal(java.time.Period withholdAfter) {
            return Optional.ofNullable(switch (status) {
                case CLOSED -> name + " has closed for good: it cannot take new connections.";
                case SUSPENDED -> name + " is temporarily suspended" + (statusReason == null ? "" : " (" + statusReason
                        + ")") + ": it cannot take new connections until it runs again.";
                default -> withheld ? name + " has not been verified for over " + withholdAfter.toTotalMonths()
                        + " months: it cannot take new connections until its organisation confirms it is still running."
                        : null;
            });
        }

        /**
         * Whether the listing serves another area than the person's: it meets in person (not online or by phone,
         * nor online only for now) and its locality is not where the person lives. Unknown either side: not known
         * to be outside.
         */
        boolean servesElsewhereThan(String personLocality) {
            return personLocality != null && locality != null && mode == DeliveryMode.IN_PERSON
                    && status != ListingStatus.ONLINE_ONLY && !locality.equalsIgnoreCase(personLocality);
        }
    }

    private final JdbcClient jdbc;
    private final DirectorySettings settings;

    ConnectableListings(JdbcClient jdbc, DirectorySettings settings) {
        this.jdbc = jdbc;
        this.settings = settings;
    }

    Optional<ListingRef> listing(UUID id) {
        return listings(List.of(id)).values().stream().findFirst();
    }

    /** These listings as new connections see them, read at once (a page of search results). */
    Map<UUID, ListingRef> listings(java.util.Collection<UUID> ids) {
        Map<UUID, ListingRef> found = new java.util.HashMap<>();
        if (!ids.isEmpty()) {
            jdbc.sql("""
                    SELECT id, name, referral_route, status, status_reason, delivery_mode, locality,
                           last_verified_at < :withheldBefore AS withheld
                    FROM activities.listing WHERE id = ANY(:ids)""")
                    .param("ids", ids.toArray(new UUID[0]))
                    .param("withheldBefore", Timestamp.from(settings.withheldBefore()))
                    .query((rs, n) -> found.put(rs.getObject(1, UUID.class), new ListingRef(rs.getObject(1, UUID.class),
                            rs.getString(2), ReferralRoute.valueOf(rs.getString(3)),
                            ListingStatus.valueOf(rs.getString(4)), rs.getString(5),
                            DeliveryMode.valueOf(rs.getString(6)), rs.getString(7), rs.getBoolean(8))))
                    .list();
        }
        return found;
    }

    /** Why the listing cannot take a new connection, in words; empty when it can. */
    Optional<String> refusal(ListingRef listing) {
        return listing.refusal(settings.withholdAfter());
    }
}
