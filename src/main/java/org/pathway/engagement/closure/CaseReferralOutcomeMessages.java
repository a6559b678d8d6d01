package org.pathway.engagement.closure;

import java.util.List;
import org.pathway.access.ReferralId;
import org.pathway.access.ReferralOutcomeMessages;
import org.pathway.governance.AuditLog;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The engagement side of access's port: the referrer's referral page shows the message issued at closure. Access has
 * already checked the user may see the referral; each message shown is audited.
 */
@Component
class CaseReferralOutcomeMessages implements ReferralOutcomeMessages {

    private final CaseClosure closure;
    private final AuditLog audit;

    CaseReferralOutcomeMessages(CaseClosure closure, AuditLog audit) {
        this.closure = closure;
        this.audit = audit;
    }

    @Override
    @Transactional(readOnly = true)
    public List<OutcomeMessage> forReferral(ReferralId referral) {
        List<OutcomeMessage> messages = closure.messages("referral_id", referral.value());
        if (!messages.isEmpty()) {
            audit.viewed("referral", referral.toString(), "outcome message shown to the referrer");
        }
        return messages;
    }
}
