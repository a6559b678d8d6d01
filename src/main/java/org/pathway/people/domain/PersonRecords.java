package org.pathway.people.domain;

import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface PersonRecords extends JpaRepository<Person, UUID> {}
