package org.pathway.workforce.practitioners;

import java.util.Optional;
import java.util.UUID;
import org.springframework.data.repository.Repository;

/** The practitioners of the ICS, as aggregates to change. Lists and pages are read with SQL. */
interface PractitionerRepository extends Repository<Practitioner, UUID> {

    Practitioner save(Practitioner practitioner);

    Optional<Practitioner> findById(UUID id);
}
