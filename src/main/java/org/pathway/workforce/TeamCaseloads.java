package org.pathway.workforce;

import java.util.Collection;
import java.util.Map;

/**
 * How many open cases each practitioner holds, for the manager's team page. Cases belong to the engagement module,
 * which depends on workforce, so workforce declares this port and engagement implements it with the same count its
 * caseload pages show.
 */
public interface TeamCaseloads {

    /** Each practitioner's cases not closed, whatever the service; practitioners with none are counted 0. */
    Map<PractitionerId, Long> openCases(Collection<PractitionerId> practitioners);
}
