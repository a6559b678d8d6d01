package org.pathway.workforce.organisations;

import java.util.Optional;
import java.util.UUID;
import org.springframework.data.repository.Repository;

/** The organisations of the ICS, as aggregates to change. Lists and pages are read with SQL. */
interface OrganisationRepository extends Repository<Organisation, UUID> {

    Organisation save(Organisation organisation);

    Optional<Organisation> findById(UUID id);

    boolean existsByOdsCodeAndIdNot(String odsCode, UUID id);
}
