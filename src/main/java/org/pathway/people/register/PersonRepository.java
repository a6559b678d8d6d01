package org.pathway.people.register;

import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

/** People as aggregates to record and change; lists and matching read plain rows with SQL. */
interface PersonRepository extends JpaRepository<Person, UUID> {}
