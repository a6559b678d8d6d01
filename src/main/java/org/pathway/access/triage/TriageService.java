package org.pathway.access.triage;

import java.util.List;
import org.pathway.access.ReferralId;
import org.pathway.access.referrals.ReferralStatus;
import org.pathway.governance.PathwayUser;
import org.pathway.people.PersonId;
import org.pathway.workforce.PractitionerId;
import org.pathway.workforce.ServiceId;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The {@link Triage} facade: a transaction around each call, the work done by {@link TriageQueues} (queue reads and
 * figures), {@link ReferralViews} (the triage page) and {@link TriageDecisions} (the decisions), each scoped by
 * {@link TriageScope}.
 */
@Service
class TriageService implements Triage {

    private final TriageQueues queues;
    private final ReferralViews views;
    private final TriageDecisions decisions;

    TriageService(TriageQueues queues, ReferralViews views, TriageDecisions decisions) {
        this.queues = queues;
        this.views = views;
        this.decisions = decisions;
    }

    @Override
    @Transactional(readOnly = true)
    public List<ServiceQueue> queues(PathwayUser user) {
        return queues.queues(user);
    }

    @Override
    @Transactional(readOnly = true)
    public QueuePage queue(ServiceId service, ReferralStatus status, String search, int page, PathwayUser user) {
        return queues.queue(service, status, search, page, user);
    }

    @Override
    @Transactional(readOnly = true)
    public Figures figures(ServiceId service, PathwayUser user) {
        return queues.figures(service, user);
    }

    @Override
    @Transactional(readOnly = true)
    public ReferralView referral(ReferralId id, PathwayUser user) {
        return views.referral(id, user);
    }

    @Override
    @Transactional
    public void accept(ReferralId id, PractitionerId practitioner, String outsideCriteriaReason, PathwayUser user) {
        decisions.accept(id, practitioner, outsideCriteriaReason, user);
    }

    @Override
    @Transactional
    public void decline(ReferralId id, String reason, PathwayUser user) {
        decisions.decline(id, reason, user);
    }

    @Override
    @Transactional
    public String redirect(ReferralId id, ServiceId toService, String reason, PathwayUser user) {
        return decisions.redirect(id, toService, reason, user);
    }

    @Override
    @Transactional
    public void waitlist(ReferralId id, PathwayUser user) {
        decisions.waitlist(id, user);
    }

    @Override
    @Transactional
    public String linkToKnownPerson(ReferralId id, PersonId person, PathwayUser user) {
        return decisions.linkToKnownPerson(id, person, user);
    }
}
