package org.pathway.workforce;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.pathway.governance.Permissions;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;

/**
 * The organisation structure of the ICS: the ICS, its localities, PCNs and GP practices, the organisations
 * that employ practitioners and the community providers. Everyone with {@code organisations:view} sees all
 * of it; only administrators change it.
 */
public interface OrganisationStructure {

    String VIEW = "hasAuthority('" + Permissions.ORGANISATIONS_VIEW + "')";
    String MANAGE = "hasAuthority('" + Permissions.ORGANISATIONS_MANAGE + "')";

    /** Organisations matching the filter, ordered by name. */
    @PreAuthorize(VIEW)
    Page<OrganisationRow> search(OrganisationSearch search, Pageable pageable);

    @PreAuthorize(VIEW)
    Optional<OrganisationDetails> organisation(OrganisationId id);

    @PreAuthorize(VIEW)
    Optional<OrganisationRef> ref(OrganisationId id);

    /** Every organisation of these kinds, ordered by name. */
    @PreAuthorize(VIEW)
    List<OrganisationRef> organisations(Set<OrganisationKind> kinds);

    /** Organisations that can employ practitioners: employing organisations and employing PCNs. */
    @PreAuthorize(VIEW)
    List<OrganisationRef> employers();

    /** Localities with their PCNs and the PCNs' GP practices, in name order. */
    @PreAuthorize(VIEW)
    List<Locality> localities();

    @PreAuthorize(MANAGE)
    OrganisationId create(OrganisationCommand command);

    @PreAuthorize(MANAGE)
    void update(OrganisationId id, OrganisationCommand command);

    /** The organisation as a command, to fill in the edit form. */
    @PreAuthorize(MANAGE)
    Optional<OrganisationCommand> commandFor(OrganisationId id);

    /** A filter for {@link #search}; blank values do not filter. Text matches name, ODS code or postcode. */
    record OrganisationSearch(OrganisationKind kind, String text) {}

    record OrganisationRow(OrganisationId id, String name, OrganisationKind kind, String odsCode, String postcode,
            EmployerType employerType, String parentName) {}

    record OrganisationDetails(OrganisationRef organisation, String postcode, EmployerType employerType,
            Contracting contracting, FundingSource fundingSource, OrganisationRef parent,
            List<OrganisationRef> children, String address, String phone) {

        public OrganisationId id() {
            return organisation.id();
        }

        public String name() {
            return organisation.name();
        }

        public OrganisationKind kind() {
            return organisation.kind();
        }
    }

    record Locality(OrganisationRef locality, List<Pcn> pcns) {}

    record Pcn(OrganisationRef pcn, List<OrganisationRef> practices) {}
}
