package org.pathway.engagement;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * Who and what a case is about, as other modules show it at the top of their case pages (the fields the case
 * header fragment {@code engagement/cases/fragments :: caseHeader} reads). Only ever built for a user in scope.
 */
public record CaseSummary(UUID caseId, UUID referralId, UUID personId, String personName, LocalDate dateOfBirth,
        String nhsNumber, UUID serviceId, String serviceName, UUID organisationId, UUID practitionerId,
        String practitionerName, CaseStatus status, Instant openedAt, Instant closedAt, ClosureReason closureReason) {

    public boolean open() {
        return status == CaseStatus.OPEN;
    }

    /** The NHS number spaced 3-3-4 as people read it, or null. */
    public String nhsNumberSpaced() {
        if (nhsNumber == null || nhsNumber.length() != 10) {
            return nhsNumber;
        }
        return nhsNumber.substring(0, 3) + " " + nhsNumber.substring(3, 6) + " " + nhsNumber.substring(6);
    }
}
