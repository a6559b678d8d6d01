package org.pathway.engagement;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.pathway.people.People;

/**
 * Who and what a case is about, and how to reach the person, as every case page shows it at the top, engagement's
 * own and other modules' (the fields the case header fragment {@code engagement/cases/fragments :: caseHeader}
 * reads). Only ever built for a user in scope.
 */
public record CaseSummary(UUID caseId, UUID referralId, UUID personId, String personName, LocalDate dateOfBirth,
        String nhsNumber, UUID serviceId, String serviceName, UUID organisationId, UUID practitionerId,
        String practitionerName, CaseStatus status, Instant openedAt, Instant closedAt, ClosureReason closureReason,
        People.ContactDetails contact, People.ConsentRecord contactConsent) {

    public boolean open() {
        return status == CaseStatus.OPEN;
    }

    /** Whether the person may be contacted: true or false as last recorded, null when never asked. */
    public Boolean mayBeContacted() {
        return contactConsent == null ? null : contactConsent.given();
    }

    /** Communication needs and the interpreter's language as one line, or null when there are none. */
    public String communicationNeeds() {
        if (contact == null) {
            return null;
        }
        String needs = contact.communicationNeeds() == null || contact.communicationNeeds().isBlank() ? null
                : contact.communicationNeeds().strip();
        String interpreter = contact.interpreterLanguage() == null || contact.interpreterLanguage().isBlank() ? null
                : "Interpreter: " + contact.interpreterLanguage().strip();
        return needs == null ? interpreter : interpreter == null ? needs : needs + ". " + interpreter;
    }

    /** The NHS number spaced 3-3-4 as people read it, or null. */
    public String nhsNumberSpaced() {
        if (nhsNumber == null || nhsNumber.length() != 10) {
            return nhsNumber;
        }
        return nhsNumber.substring(0, 3) + " " + nhsNumber.substring(3, 6) + " " + nhsNumber.substring(6);
    }
}
