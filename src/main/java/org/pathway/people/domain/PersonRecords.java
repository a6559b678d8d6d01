package org.pathway.people.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface PersonRecords extends JpaRepository<Person, UUID> {

    Optional<Person> findByNhsNumber(String nhsNumber);

    List<Person> findByDateOfBirth(LocalDate dateOfBirth);
}
