package org.pathway.workforce.team;

import java.math.BigDecimal;
import java.util.List;
import org.pathway.workforce.PractitionerId;
import org.pathway.workforce.Pulse;
import org.pathway.workforce.TimeUse;

/** One practitioner's row on their manager's team page. */
record TeamMember(PractitionerId id, String name, String jobTitle, BigDecimal fte, long openCases, Integer cap,
        int trainingGaps, int trainingExpiring, List<String> supervisionOverdue, boolean readyToWorkRemotely,
        Pulse.Response latestPulse, boolean pulseDue, TimeUse.Share otherWork) {

    /** A share of time on other work above which the team page flags it. */
    static final int OTHER_WORK_FLAG_PERCENT = 25;

    public boolean muchOtherWork() {
        return otherWork != null && otherWork.percent() > OTHER_WORK_FLAG_PERCENT;
    }

    /** Open cases as a share of the cap; null without a cap. */
    public Double caseloadShare() {
        return cap == null || cap == 0 ? null : (double) openCases / cap;
    }

    public boolean overCap() {
        return cap != null && openCases > cap;
    }
}
