package org.pathway.workforce;

import java.util.List;
import java.util.Optional;
import org.pathway.governance.PathwayUser;
import org.pathway.governance.Permissions;
import org.pathway.governance.Role;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;

/**
 * The social-prescribing services of the ICS and their explicit delivery models. Everyone with
 * {@code services:view} reads every service (referrers choose among them); managers change only their own
 * organisation's services, administrators any.
 */
public interface ServiceCatalogue {

    String VIEW = "hasAuthority('" + Permissions.SERVICES_VIEW + "')";
    String MANAGE = "hasAuthority('" + Permissions.SERVICES_MANAGE + "')";

    /** Every service, ordered by name. */
    @PreAuthorize(VIEW)
    List<ServiceSummary> services();

    /** The services one organisation runs, ordered by name. */
    @PreAuthorize(VIEW)
    List<ServiceSummary> servicesOf(OrganisationId employerId);

    /**
     * The services that take people registered at this GP practice or PCN: those covering it (or, for a practice,
     * its PCN) and those covering the whole ICS, ordered by name.
     */
    @PreAuthorize(VIEW)
    List<ServiceSummary> servicesCovering(OrganisationId practiceOrPcn);

    @PreAuthorize(VIEW)
    Page<ServiceSummary> search(ServiceSearch search, Pageable pageable);

    @PreAuthorize(VIEW)
    Optional<ServiceDetails> service(ServiceId id);

    /** The delivery model and referral criteria a referral to this service is triaged against. */
    @PreAuthorize(VIEW)
    Optional<DeliveryModel> deliveryModel(ServiceId id);

    /** Adds a service; a manager only for their own organisation. */
    @PreAuthorize(MANAGE)
    ServiceId create(ServiceCommand command, PathwayUser user);

    /** Changes a service; a manager only one their own organisation runs. */
    @PreAuthorize(MANAGE)
    void update(ServiceId id, ServiceCommand command, PathwayUser user);

    /**
     * The service as a command, to fill in the edit form: empty when there is no such service, refused with
     * {@link org.springframework.security.access.AccessDeniedException} when the user may not change it.
     */
    @PreAuthorize(MANAGE)
    Optional<ServiceCommand> commandFor(ServiceId id, PathwayUser user);

    /** Whether this user may change services run by this organisation: administrators any, managers their own. */
    static boolean mayManage(OrganisationId employerId, PathwayUser user) {
        if (user == null || !user.can(Permissions.SERVICES_MANAGE)) {
            return false;
        }
        return user.role() == Role.ADMINISTRATOR
                || (user.organisationId() != null && user.organisationId().equals(employerId.value()));
    }

    /** A filter for {@link #search}; null values do not filter. Text matches the service or employer name. */
    record ServiceSearch(AccessModel access, EngagementModel engagement, OrganisationId employerId, String text) {}

    record ServiceSummary(ServiceId id, String name, OrganisationRef employer, AccessModel access,
            EngagementModel engagement, Integer sessionCap, Integer reviewIntervalWeeks, String statement) {}

    record ServiceDetails(ServiceId id, String name, OrganisationRef employer, EmployerType employerType,
            DeliveryModel model, String statement) {}
}
