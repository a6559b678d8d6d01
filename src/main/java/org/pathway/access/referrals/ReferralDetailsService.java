package org.pathway.access.referrals;

import java.util.Optional;
import org.pathway.access.ReferralDetails;
import org.pathway.access.ReferralId;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class ReferralDetailsService implements ReferralDetails {

    private final ReferralRecords records;

    ReferralDetailsService(ReferralRecords records) {
        this.records = records;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Summary> summary(ReferralId id) {
        return records.findById(id.value()).map(r -> new Summary(r.referralId(), r.reference(), r.personId(),
                r.serviceId(), r.source(), r.referrerName(), r.needs(), r.context(), r.urgent(), r.riskFlags(),
                r.safeguardingConcern(), r.readyToWorkOnGoals(), r.consentToShareWithGp(), r.receivedAt(),
                r.decidedAt(), r.outsideCriteriaReason()));
    }
}
