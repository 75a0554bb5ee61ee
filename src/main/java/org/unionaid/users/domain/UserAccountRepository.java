package org.unionaid.users.domain;

import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface UserAccountRepository extends JpaRepository<UserAccount, Long> {

    @Query("select u from UserAccount u where lower(u.username) = lower(:username)")
    Optional<UserAccount> findByUsername(@Param("username") String username);

    @Query("select count(u) > 0 from UserAccount u where lower(u.username) = lower(:username)")
    boolean existsByUsername(@Param("username") String username);

    @Query("""
            select u from UserAccount u
             where u.branchId in (select b.id from Branch b where b.path like :pathPattern)
               and (:q = '' or lower(u.username) like lower(concat('%', :q, '%'))
                    or lower(u.displayName) like lower(concat('%', :q, '%')))""")
    Page<UserAccount> searchInScope(@Param("pathPattern") String pathPattern, @Param("q") String q,
                                    Pageable pageable);

    Optional<UserAccount> findByWorkerId(long workerId);

    @Query("""
            select u from UserAccount u
             where u.enabled = true and :role member of u.roles
               and u.branchId in (select b.id from Branch b where b.path like :pathPattern)
             order by u.displayName""")
    java.util.List<UserAccount> findEnabledWithRoleInScope(@Param("pathPattern") String pathPattern,
                                                           @Param("role") org.unionaid.shared.security.Role role);
}
