package org.pathway.engagement.cases;

import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

/** Cases as aggregates. Lists and the caseload are read with JdbcClient queries, not through this. */
interface CaseRepository extends JpaRepository<Case, UUID> {

    Optional<Case> findByReferralId(UUID referralId);
}
