package org.pathway.workforce.practitioners.domain;

import java.util.Optional;
import java.util.UUID;
import org.springframework.data.repository.Repository;

/** The practitioners of the ICS, as aggregates to change. Lists and pages are read with SQL. */
interface Practitioners extends Repository<Practitioner, UUID> {

    Practitioner save(Practitioner practitioner);

    Optional<Practitioner> findById(UUID id);
}
