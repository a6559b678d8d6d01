package org.pathway.access.triage;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.pathway.access.ReferralId;
import org.pathway.access.referrals.Referral;
import org.pathway.access.referrals.ReferralAggregates;
import org.pathway.governance.PathwayUser;
import org.pathway.governance.Role;
import org.pathway.platform.NotFound;
import org.pathway.workforce.OrganisationId;
import org.pathway.workforce.PractitionerRegister;
import org.pathway.workforce.ServiceCatalogue;
import org.pathway.workforce.ServiceId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What a user may triage: a service manager their organisation's services, a link worker the services on their
 * practitioner record. A service or referral outside the scope is {@link NotFound}.
 */
@Component
class TriageScope {

    private final ServiceCatalogue catalogue;
    private final PractitionerRegister practitioners;
    private final ReferralAggregates referrals;
    private final JdbcClient jdbc;

    TriageScope(ServiceCatalogue catalogue, PractitionerRegister practitioners, ReferralAggregates referrals,
            JdbcClient jdbc) {
        this.catalogue = catalogue;
        this.practitioners = practitioners;
        this.referrals = referrals;
        this.jdbc = jdbc;
    }

    /** The services this user may triage, by name: a manager's organisation's, a link worker's own. */
    Map<UUID, String> services(PathwayUser user) {
        Map<UUID, String> services = new LinkedHashMap<>();
        if (user.role() == Role.SERVICE_MANAGER && user.organisationId() != null) {
            catalogue.servicesOf(new OrganisationId(user.organisationId()))
                    .forEach(s -> services.put(s.id().value(), s.name()));
        } else if (user.role() == Role.LINK_WORKER) {
            practitioners.practitionerForAccount(user.id(), user).ifPresent(p -> p.services().stream()
                    .sorted((a, b) -> a.name().compareToIgnoreCase(b.name()))
                    .forEach(s -> services.put(s.id().value(), s.name())));
        }
        return services;
    }

    /** The service's name, when the user may triage it. */
    String service(ServiceId service, PathwayUser user) {
        String name = services(user).get(service.value());
        if (name == null) {
            throw NotFound.of("service to triage", service);
        }
        return name;
    }

    /** Loads a referral only when it belongs to a service in the user's scope. */
    Referral referral(ReferralId id, PathwayUser user) {
        Map<UUID, String> scope = services(user);
        boolean inScope = !scope.isEmpty() && jdbc.sql(
                "SELECT count(*) FROM access.referral WHERE id = :id AND service_id IN (:services)")
                .param("id", id.value()).param("services", scope.keySet()).query(Long.class).single() > 0;
        if (!inScope) {
            throw NotFound.of("referral to triage", id);
        }
        return referrals.find(id).orElseThrow(() -> NotFound.of("referral", id));
    }
}
