package org.pathway.engagement.cases;

import java.util.List;
import org.pathway.access.ReferralDetails;
import org.pathway.access.ReferralEvents.ReferralAccepted;
import org.pathway.governance.AuditLog;
import org.pathway.workforce.DeliveryModel;
import org.pathway.workforce.EngagementModel;
import org.pathway.workforce.ServiceCatalogue;
import org.pathway.workforce.ServiceCatalogue.ServiceDetails;
import org.pathway.workforce.ServiceId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Opens a case for the allocated practitioner when a referral is accepted: one case per referral, however often
 * the event is delivered. The event publication registry keeps the event until this has run.
 */
@Component
class CaseOpening {

    private static final Logger log = LoggerFactory.getLogger(CaseOpening.class);

    private final CaseRepository cases;
    private final ReferralDetails referrals;
    private final ServiceCatalogue catalogue;
    private final CaseFigures figures;
    private final AuditLog audit;

    private final int defaultReviewWeeks;

    CaseOpening(CaseRepository cases, ReferralDetails referrals, ServiceCatalogue catalogue, CaseFigures figures,
            AuditLog audit, @org.springframework.beans.factory.annotation.Value(
                    "${pathway.engagement.review-interval-weeks:12}") int defaultReviewWeeks) {
        this.defaultReviewWeeks = defaultReviewWeeks;
        this.cases = cases;
        this.referrals = referrals;
        this.catalogue = catalogue;
        this.figures = figures;
        this.audit = audit;
    }

    @ApplicationModuleListener
    void on(ReferralAccepted accepted) {
        if (cases.findByReferralId(accepted.referral().value()).isPresent()) {
            return;
        }
        ReferralDetails.Summary referral = referrals.summary(accepted.referral()).orElseThrow(
                () -> new IllegalStateException("Accepted referral " + accepted.referral() + " not found"));
        ServiceDetails service = DirectoryAsSystem.directory(() -> catalogue.service(new ServiceId(accepted.service())))
                .orElseThrow(() -> new IllegalStateException("Service " + accepted.service() + " not found"));
        Case c = Case.open(opening(accepted, referral, service, defaultReviewWeeks), accepted.at(), accepted.by());
        cases.save(c);
        figures.firstTasks(c, accepted.at(), accepted.by());
        audit.record(accepted.by(), "CHANGE", "case", c.id().toString(), "opened for referral " + referral.reference());
        log.info("Opened case {} for referral {}", c.id(), accepted.referral());
    }

    /**
     * A relational service reviews each case at its own interval, or at {@code pathway.engagement.review-interval-weeks}
     * when it names none; a transactional one counts sessions against its cap instead.
     */
    static Case.Opening opening(ReferralAccepted accepted, ReferralDetails.Summary referral, ServiceDetails service,
            int defaultReviewWeeks) {
        DeliveryModel model = service.model();
        boolean transactional = model.engagement() == EngagementModel.TRANSACTIONAL;
        return new Case.Opening(accepted.referral().value(), accepted.person(), accepted.service(),
                service.employer().id().value(), accepted.practitioner(), referral.receivedAt(), referral.urgent(),
                riskFlags(referral), transactional ? model.sessionCap() : null,
                transactional ? null : reviewWeeks(model, defaultReviewWeeks));
    }

    static int reviewWeeks(DeliveryModel model, int defaultReviewWeeks) {
        return model.reviewIntervalWeeks() != null && model.reviewIntervalWeeks() > 0 ? model.reviewIntervalWeeks()
                : defaultReviewWeeks;
    }

    static List<String> riskFlags(ReferralDetails.Summary referral) {
        List<String> flags = new java.util.ArrayList<>(referral.riskFlags().stream().map(Enum::name).toList());
        return flags;
    }
}
