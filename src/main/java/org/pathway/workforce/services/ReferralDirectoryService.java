package org.pathway.workforce.services;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.pathway.workforce.OrganisationId;
import org.pathway.workforce.OrganisationRef;
import org.pathway.workforce.ReferralDirectory;
import org.pathway.workforce.ServiceCatalogue.ServiceDetails;
import org.pathway.workforce.ServiceCatalogue.ServiceSummary;
import org.pathway.workforce.ServiceId;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The referral directory, open to every caller (see {@link ReferralDirectory}): it reads through
 * {@link ServiceQueries} directly, so the catalogue's permission checks do not apply.
 */
@Component
@Transactional(readOnly = true)
class ReferralDirectoryService implements ReferralDirectory {

    private final ServiceQueries queries;

    ReferralDirectoryService(ServiceQueries queries) {
        this.queries = queries;
    }

    @Override
    public List<OrganisationRef> practices() {
        return queries.practices();
    }

    @Override
    public Optional<OrganisationRef> practice(OrganisationId id) {
        return queries.practice(id);
    }

    @Override
    public List<ServiceSummary> servicesTakingReferralsFrom(OrganisationId practiceOrPcn) {
        return queries.servicesCovering(practiceOrPcn);
    }

    @Override
    public List<ServiceSummary> servicesTakingReferralsNear(String postcode) {
        return queries.servicesTakingReferralsNear(postcode);
    }

    @Override
    public Optional<ServiceDetails> serviceToReferTo(ServiceId id) {
        return queries.service(id);
    }

    @Override
    public Map<ServiceId, String> serviceNames(Collection<ServiceId> ids) {
        return queries.serviceNames(ids);
    }
}
