package org.pathway.access;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.pathway.shared.Need;

/** What the access module announces as a referral moves; engagement and insight listen. */
public final class ReferralEvents {

    private ReferralEvents() {}

    public record ReferralReceived(ReferralId referral, UUID person, UUID service, ReferralSource source,
            Set<Need> needs, boolean urgent, Instant at) {}

    public record ReferralAccepted(ReferralId referral, UUID person, UUID service, UUID practitioner,
            boolean outsideCriteria, Instant at, String by) {}

    public record ReferralDeclined(ReferralId referral, UUID service, String reason, Instant at, String by) {}

    public record ReferralRedirected(ReferralId referral, UUID fromService, UUID toService, ReferralId newReferral,
            String reason, Instant at, String by) {}

    public record ReferralWaitlisted(ReferralId referral, UUID service, Instant at, String by) {}
}
