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

    /**
     * For a person whose GP practice is not known (not registered, or they do not know it): the services covering a
     * GP practice in the same postcode district as the person (the part before the space, e.g. TR1), then those
     * covering the whole ICS, each once, in that order and by name within each.
     */
    List<ServiceSummary> servicesTakingReferralsNear(String postcode);

    /** A service and its delivery model, to route and triage a referral against. */
    Optional<ServiceDetails> serviceToReferTo(ServiceId id);

    /** The names of these services (unknown ids are left out). */
    Map<ServiceId, String> serviceNames(Collection<ServiceId> ids);
}
