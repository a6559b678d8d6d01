package org.pathway.access.referrals;

import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

/**
 * Referrals as aggregates; saving publishes the events a referral registered. Package-private: the module's other
 * feature packages load and save referrals through {@link ReferralAggregates}. Lists and queues are read with
 * JdbcClient queries, not through this.
 */
interface ReferralRepository extends JpaRepository<Referral, UUID> {}
