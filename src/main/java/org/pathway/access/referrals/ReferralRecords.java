package org.pathway.access.referrals;

import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

/** Referrals as aggregates. Lists and queues are read with JdbcClient queries, not through this. */
interface ReferralRecords extends JpaRepository<Referral, UUID> {

    Optional<Referral> findByReference(String reference);
}
