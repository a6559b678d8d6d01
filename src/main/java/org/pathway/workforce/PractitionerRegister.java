package org.pathway.workforce;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.pathway.governance.PathwayUser;
import org.pathway.governance.Permissions;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;

/**
 * The practitioners who deliver services. Scoped by organisation in every query: managers and link workers
 * see their own organisation's staff, administrators everyone.
 */
public interface PractitionerRegister {

    String VIEW = "hasAuthority('" + Permissions.PRACTITIONERS_VIEW + "')";
    String MANAGE = "hasAuthority('" + Permissions.PRACTITIONERS_MANAGE + "')";

    @PreAuthorize(VIEW)
    Page<PractitionerSummary> search(PractitionerSearch search, Pageable pageable, PathwayUser user);

    /** Empty when there is no such practitioner or the user's scope does not include them. */
    @PreAuthorize(VIEW)
    Optional<PractitionerDetails> practitioner(PractitionerId id, PathwayUser user);

    /** The practitioner record of a sign-in account (e.g. the link worker using Pathway), within the user's scope. */
    @PreAuthorize(VIEW)
    Optional<PractitionerSummary> practitionerForAccount(UUID userAccountId, PathwayUser user);

    /**
     * Each practitioner's caseload cap by {@link CaseloadCap}'s rule (decision 0019), for those in the user's scope
     * who deliver at least one service; others are left out.
     */
    @PreAuthorize(VIEW)
    Map<PractitionerId, Integer> caseloadCaps(Collection<PractitionerId> ids, PathwayUser user);

    /** Job titles to suggest: the field's usual titles, then any others in use in the user's scope. */
    @PreAuthorize(VIEW)
    List<String> jobTitles(PathwayUser user);

    /** The employers whose practitioners this user may see or add. */
    @PreAuthorize(VIEW)
    List<OrganisationRef> employersInScope(PathwayUser user);

    @PreAuthorize(MANAGE)
    PractitionerId create(PractitionerCommand command, PathwayUser user);

    @PreAuthorize(MANAGE)
    void update(PractitionerId id, PractitionerCommand command, PathwayUser user);

    /** The practitioner as a command for the edit form; empty when not found or outside the user's scope. */
    @PreAuthorize(MANAGE)
    Optional<PractitionerCommand> commandFor(PractitionerId id, PathwayUser user);

    /** A filter for {@link #search}; null values do not filter. */
    record PractitionerSearch(OrganisationId employerId, ServiceId serviceId, String jobTitle) {}

    record PractitionerSummary(PractitionerId id, String name, String jobTitle, OrganisationRef employer,
            BigDecimal fte, List<ServiceRef> services) {}

    record PractitionerDetails(PractitionerId id, String name, String jobTitle, OrganisationRef employer,
            EmployerType employerType, BigDecimal fte, List<ServiceRef> services, boolean hasSignIn,
            String workPhone, String workEmail) {}
}
