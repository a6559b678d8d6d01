package org.pathway.activities.loading;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.pathway.activities.ConnectionStatus;
import org.pathway.activities.ReferralRoute;

/**
 * Bulk loading of connections and unmet needs that happened before (the demo's history): batched inserts, the
 * histories already in order; no events published. Not for the web.
 */
public interface ConnectionsLoader {

    Loaded load(Batch batch);

    record Batch(List<NewConnection> connections, List<NewUnmetNeed> unmetNeeds) {}

    /** {@code history} in time order; the last entry is the connection's status. */
    record NewConnection(UUID id, UUID caseId, UUID personId, UUID caseOrganisationId, UUID listingId,
            ReferralRoute route, boolean sharedWithProvider, List<NewChange> history) {}

    record NewChange(ConnectionStatus status, String note, Instant at, String by) {}

    /** {@code reason} one of NOTHING_EXISTS, PROVIDER_FULL, NOT_ACCESSIBLE, TOO_FAR, COST, OTHER. */
    record NewUnmetNeed(UUID caseId, UUID caseOrganisationId, String category, String locality, String reason,
            String note, Instant at, String by) {}

    record Loaded(int connections, int changes, int unmetNeeds) {}
}
