package org.pathway.governance.users;

import java.util.Optional;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface UserAccounts extends JpaRepository<UserAccount, UUID> {

    @Query("select u from UserAccount u where lower(u.username) = lower(?1)")
    Optional<UserAccount> findByUsername(String username);

    @Query("""
            select u from UserAccount u
            where ?1 is null or lower(u.username) like lower(concat('%', ?1, '%'))
               or lower(u.displayName) like lower(concat('%', ?1, '%'))
            order by lower(u.username)""")
    Page<UserAccount> search(String text, Pageable pageable);
}
