package org.pathway.access;

import java.util.Collection;
import java.util.Map;
import org.pathway.workforce.PractitionerId;

/**
 * How many open cases each practitioner holds, for triage's "Allocate to" (decision 0019). Cases belong to the
 * engagement module, which depends on access, so access declares this port and engagement implements it
 * (as with {@link ReferralOutcomeMessages}): the same count the manager's team caseload shows.
 */
public interface OpenCaseloads {

    /**
     * Each practitioner's open caseload: their cases not closed, whatever the service. Practitioners with none are
     * counted 0.
     */
    Map<PractitionerId, Long> openCases(Collection<PractitionerId> practitioners);
}
