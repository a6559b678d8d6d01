package org.pathway.partnerships;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** What changes in the ICS's partnerships, for the modules that follow them. */
public final class PartnershipEvents {

    private PartnershipEvents() {}

    /** An agreement was made or changed: its parties and dates as they now stand. */
    public record AgreementRecorded(UUID agreementId, AgreementKind kind, List<UUID> parties, LocalDate startsOn,
            LocalDate reviewOn, LocalDate expiresOn, Instant at) {}
}
