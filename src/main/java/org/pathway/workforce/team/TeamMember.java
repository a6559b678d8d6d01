package org.pathway.workforce.team;

import java.math.BigDecimal;
import java.util.List;
import org.pathway.workforce.PractitionerId;
import org.pathway.workforce.Pulse;

/** One practitioner's row on their manager's team page. */
record TeamMember(PractitionerId id, String name, String jobTitle, BigDecimal fte, long openCases, Integer cap,
        int trainingGaps, int trainingExpiring, List<String> supervisionOverdue, boolean readyToWorkRemotely,
        Pulse.Response latestPulse, boolean pulseDue) {

    /** Open cases as a share of the cap; null without a cap. */
    public Double caseloadShare() {
        return cap == null || cap == 0 ? null : (double) openCases / cap;
    }

    public boolean overCap() {
        return cap != null && openCases > cap;
    }
}
