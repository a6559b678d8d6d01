package org.pathway.access.intake;

import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.pathway.access.ReferralCases.CaseState;
import org.pathway.access.intake.ReferralIntake.Stage;
import org.pathway.access.referrals.ReferralStatus;

/** A referral's stage as its referrer sees it: the referral's status, then, once accepted, its case's. */
final class ReferralStages {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private ReferralStages() {}

    static Stage of(ReferralStatus status, CaseState caseState) {
        if (status == ReferralStatus.ACCEPTED && caseState != null) {
            if (caseState.open()) {
                return new Stage("Accepted", "green", "Being supported since "
                        + DAY.format(caseState.openedAt().atZone(IntakeService.UK)));
            }
            String day = caseState.closedAt() == null ? null : DAY.format(caseState.closedAt().atZone(IntakeService.UK));
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
