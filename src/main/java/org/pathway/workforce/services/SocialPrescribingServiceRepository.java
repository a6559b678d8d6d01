package org.pathway.workforce.services;

import java.util.Optional;
import java.util.UUID;
import org.springframework.data.repository.Repository;

/** The services of the ICS, as aggregates to change. Lists and pages are read with SQL. */
interface SocialPrescribingServiceRepository extends Repository<SocialPrescribingService, UUID> {

    SocialPrescribingService save(SocialPrescribingService service);

    Optional<SocialPrescribingService> findById(UUID id);
}
