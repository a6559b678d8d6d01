package org.pathway.activities;

import java.time.Instant;
import java.util.UUID;

/** What the activities module announces as people are connected to community activities; insight listens. */
public final class ConnectionEvents {

    private ConnectionEvents() {}

    public record ConnectionMade(UUID connectionId, UUID caseId, UUID personId, UUID listingId,
            ReferralRoute route, ConnectionStatus status, Instant at, String by) {}

    public record ConnectionStatusChanged(UUID connectionId, UUID caseId, UUID listingId, ConnectionStatus from,
            ConnectionStatus to, String note, Instant at, String by) {}
}
