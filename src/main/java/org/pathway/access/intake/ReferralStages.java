package org.pathway.access.intake;

import org.pathway.access.ReferralCases.CaseState;
import org.pathway.access.intake.ReferralIntake.Stage;
import org.pathway.access.referrals.ReferralStatus;
import org.pathway.platform.UkDates;

/** A referral's stage as its referrer sees it: the referral's status, then, once accepted, its case's. */
final class ReferralStages {

    private ReferralStages() {}

    static Stage of(ReferralStatus status, CaseState caseState) {
        if (status == ReferralStatus.ACCEPTED && caseState != null) {
            if (caseState.open()) {
                return new Stage("Accepted", "green", "Being supported since "
                        + UkDates.longDay(caseState.openedAt()));
            }
            String day = caseState.closedAt() == null ? null : UkDates.longDay(caseState.closedAt());
            String reason = caseState.closureReason();
            String detail = reason == null ? (day == null ? null : "Closed on " + day)
                    : day == null ? reason : reason + ", " + day;
            return new Stage("Closed", "grey", detail);
        }
        String colour = switch (status) {
            case ACCEPTED -> "green";
            case DECLINED -> "red";
            case REDIRECTED -> "orange";
            case WAITLISTED -> "yellow";
            case WITHDRAWN -> "grey";
            case RECEIVED -> "blue";
        };
        return new Stage(status.label(), colour, null);
    }
}
