package org.pathway.workforce;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.pathway.governance.Permissions;
import org.springframework.security.access.prepost.PreAuthorize;

/**
 * Who works within one ICS, by name and employer only, and the organisations in it: for modules that bring
 * practitioners together across employers (partnerships' peer-support groups), whose users may not see the
 * practitioner register. Never contact details, caseloads or development records.
 */
public interface IcsWorkforce {

    String VIEW = "hasAnyAuthority('" + Permissions.ORGANISATIONS_VIEW + "', '" + Permissions.PEER_SUPPORT_VIEW + "')";

    /** The ICS an organisation sits in (the organisation itself when it is one); empty when it is in none. */
    @PreAuthorize(VIEW)
    Optional<OrganisationId> icsOf(UUID organisationId);

    /** The organisations of these kinds within the ICS, by name. */
    @PreAuthorize(VIEW)
    List<OrganisationRef> organisationsWithin(OrganisationId ics, Set<OrganisationKind> kinds);

    /** Every practitioner employed by an organisation within the ICS, by name. */
    @PreAuthorize(VIEW)
    List<IcsPractitioner> practitioners(OrganisationId ics);

    /** The practitioner whose record is linked to this sign-in account, if any. */
    @PreAuthorize(VIEW)
    Optional<IcsPractitioner> practitionerOfAccount(UUID userAccountId);

    /** A practitioner as colleagues in other organisations may know them: a name and an employer. */
    record IcsPractitioner(PractitionerId id, String name, OrganisationRef employer, EmployerType employerType) {}
}
