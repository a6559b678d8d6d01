package org.pathway.workforce;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.pathway.workforce.ServiceCatalogue.ServiceDetails;
import org.pathway.workforce.ServiceCatalogue.ServiceSummary;

/**
 * What anyone referring a person needs from the workforce, and nothing about people: the GP practices, the
 * services that take referrals from a practice with their delivery models, and services' names. Open to every
 * caller, signed in or not (the public self-referral form routes with it), because it holds no personal data
 * and no more than each service already publishes to referrers. Browsing and changing the organisation
 * structure and the catalogue stays behind {@link OrganisationStructure} and {@link ServiceCatalogue}.
 */
public interface ReferralDirectory {

    /** Every GP practice, ordered by name. */
    List<OrganisationRef> practices();

    /** The GP practice with this id, if it is one. */
    Optional<OrganisationRef> practice(OrganisationId id);

    /** As {@link ServiceCatalogue#servicesCovering}: the services taking referrals of people registered there. */
    List<ServiceSummary> servicesTakingReferralsFrom(OrganisationId practiceOrPcn);

    /** A service and its delivery model, to route and triage a referral against. */
    Optional<ServiceDetails> serviceToReferTo(ServiceId id);

    /** The names of these services (unknown ids are left out). */
    Map<ServiceId, String> serviceNames(Collection<ServiceId> ids);
}
