package org.pathway.partnerships.peersupport;

import java.util.Optional;
import org.pathway.governance.PathwayUser;
import org.pathway.platform.Refusal;
import org.pathway.workforce.IcsWorkforce;
import org.pathway.workforce.IcsWorkforce.IcsPractitioner;
import org.pathway.workforce.OrganisationId;
import org.springframework.stereotype.Component;

/**
 * Whose peer support a user works with: the ICS their organisation sits in, and the practitioner their sign-in is
 * linked to. Every query of this feature is limited to that ICS.
 */
@Component
class PeerScope {

    private final IcsWorkforce workforce;

    PeerScope(IcsWorkforce workforce) {
        this.workforce = workforce;
    }

    /** The user's ICS; empty for a sign-in attached to no organisation within one. */
    Optional<OrganisationId> ics(PathwayUser user) {
        return workforce.icsOf(user.organisationId());
    }

    /** The user's ICS, or a refusal to keep anything for a sign-in attached to none. */
    OrganisationId requireIcs(PathwayUser user) {
        return ics(user).orElseThrow(() -> Refusal.because(
                "Your sign-in is not attached to an organisation in an ICS, so peer support cannot be kept for it"));
    }

    /** The practitioner the user's sign-in is linked to, if any. */
    Optional<IcsPractitioner> self(PathwayUser user) {
        return workforce.practitionerOfAccount(user.id());
    }
}
