package org.pathway.engagement.cases;

import java.util.Collection;
import java.util.Map;
import org.pathway.workforce.PractitionerId;
import org.pathway.workforce.TeamCaseloads;
import org.springframework.stereotype.Component;

/** Workforce's team page counts open cases the way triage and the caseload pages do: {@link CaseOpenCaseloads}. */
@Component
class CaseTeamCaseloads implements TeamCaseloads {

    private final CaseOpenCaseloads caseloads;

    CaseTeamCaseloads(CaseOpenCaseloads caseloads) {
        this.caseloads = caseloads;
    }

    @Override
    public Map<PractitionerId, Long> openCases(Collection<PractitionerId> practitioners) {
        return caseloads.openCases(practitioners);
    }
}
