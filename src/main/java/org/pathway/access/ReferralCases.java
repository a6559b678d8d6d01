package org.pathway.access;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * What became of accepted referrals: the case the work with the person continued in. Access declares this port
 * and shows what it returns (the referrer's list and history, the triage page's “this person is known”); the
 * engagement module, which depends on access and not the other way round, implements it from its own records
 * (decision 0020). It checks no permission and audits nothing: callers have already decided, in their own scope,
 * that the user may see these referrals, and show no more than the case's state.
 */
public interface ReferralCases {

    /** The case opened for each of these referrals; a referral with no case is left out. */
    Map<ReferralId, CaseState> casesFor(Collection<ReferralId> referrals);

    /** Of these cases, those the user may open (their scope on case pages); nothing is read or audited beyond that. */
    java.util.Set<UUID> openableBy(Collection<UUID> cases, org.pathway.governance.PathwayUser user);

    /** What happened to the referral's case (opened, closed, reopened), oldest first; empty when it has none. */
    List<CaseStep> caseHistory(ReferralId referral);

    /**
     * @param closureReason the reason, as people read it (“Connected to community support”), while closed
     * @param closedBy      the username of whoever closed it, while closed
     */
    record CaseState(ReferralId referral, UUID caseId, UUID serviceId, UUID practitionerId, boolean open,
            Instant openedAt, Instant closedAt, String closureReason, String closedBy) {}

    /** @param what “Case opened”, “Case closed” or “Case reopened”; {@code by} is a username */
    record CaseStep(Instant at, String what, String reason, String by) {}
}
