package org.pathway.access;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.pathway.shared.ExclusionFlag;
import org.pathway.shared.Need;

/**
 * What a referral said, for the module that carries the work on (engagement shows it on the case). It checks no
 * permission and audits nothing: the caller has already decided, in its own scope, that the user may see the
 * case the referral belongs to, and audits that view.
 */
public interface ReferralDetails {

    Optional<Summary> summary(ReferralId id);

    /** The reference numbers of these referrals. */
    java.util.Map<ReferralId, String> references(java.util.Collection<ReferralId> ids);

    /**
     * The referral with this reference ("PW-" and eight characters; the "PW-", spaces and case are forgiven), for
     * a caller searching within its own scope (a caseload).
     */
    Optional<ReferralId> withReference(String reference);

    /**
     * Every accepted referral to these services, oldest decision first: for loaders that replay the work that
     * followed (the demo's casework, one ICS at a time). Not for the web.
     */
    java.util.List<Accepted> accepted(java.util.Collection<UUID> services);

    record Accepted(ReferralId id, UUID personId, UUID serviceId, UUID practitionerId, Instant receivedAt,
            Instant acceptedAt, String acceptedBy, boolean urgent, Set<ExclusionFlag> riskFlags,
            boolean safeguardingConcern, Set<Need> needs) {}

    record Summary(ReferralId id, String reference, UUID personId, UUID serviceId, ReferralSource source,
            String referrerName, Set<Need> needs, String context, boolean urgent, Set<ExclusionFlag> riskFlags,
            boolean safeguardingConcern, Boolean readyToWorkOnGoals, boolean consentToShareWithGp, Instant receivedAt,
            Instant decidedAt, String outsideCriteriaReason) {}
}
