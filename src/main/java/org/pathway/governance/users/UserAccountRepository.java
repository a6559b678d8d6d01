package org.pathway.governance.users;

import java.util.Collection;
import java.util.Optional;
import java.util.UUID;
import org.pathway.governance.Role;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface UserAccountRepository extends JpaRepository<UserAccount, UUID> {

    @Query("select u from UserAccount u where lower(u.username) = lower(?1)")
    Optional<UserAccount> findByUsername(String username);

    /**
     * Accounts whose username or display name contains the (lower-cased, LIKE-escaped) pattern, with
     * one of the given roles, ordered by username. Callers pass {@code %} and every role for "any".
     */
    @Query(value = """
            select u from UserAccount u
            where (lower(u.username) like ?1 escape '\\' or lower(u.displayName) like ?1 escape '\\')
              and u.role in ?2
            order by lower(u.username), u.id""",
            countQuery = """
            select count(u) from UserAccount u
            where (lower(u.username) like ?1 escape '\\' or lower(u.displayName) like ?1 escape '\\')
              and u.role in ?2""")
    Page<UserAccount> search(String pattern, Collection<Role> roles, Pageable pageable);
}
