package org.pathway.workforce.services.domain;

import java.util.Optional;
import java.util.UUID;
import org.springframework.data.repository.Repository;

/** The services of the ICS, as aggregates to change. Lists and pages are read with SQL. */
interface Services extends Repository<Service, UUID> {

    Service save(Service service);

    Optional<Service> findById(UUID id);
}
