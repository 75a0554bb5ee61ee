package org.unionaid.users.domain;

import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface UserAccountRepository extends JpaRepository<UserAccount, Long> {

    @Query("select u.id from UserAccount u where u.workerId = :workerId and u.enabled = true order by u.id")
    java.util.List<Long> findEnabledIdsByWorkerId(@Param("workerId") long workerId);

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

    /**
     * A successful sign-in: resets the failure count and records the time, but writes only when something changes
     * or the last recorded sign-in is older than {@code before} (HTTP Basic signs in on every request). A bulk
     * update, so concurrent sign-ins of one account never fail on the row version.
     */
    @org.springframework.data.jpa.repository.Modifying
    @Query("""
            update UserAccount u set u.failedAttempts = 0, u.lockedUntil = null, u.lastLoginAt = :now
             where u.id = :id
               and (u.failedAttempts <> 0 or u.lockedUntil is not null or u.lastLoginAt is null
                    or u.lastLoginAt < :before)""")
    int recordSuccessfulLogin(@Param("id") long id, @Param("now") java.time.Instant now,
                              @Param("before") java.time.Instant before);

    @Query("""
            select u from UserAccount u
             where u.enabled = true and :role member of u.roles
               and u.branchId in (select b.id from Branch b where b.path like :pathPattern)
             order by u.displayName""")
    java.util.List<UserAccount> findEnabledWithRoleInScope(@Param("pathPattern") String pathPattern,
                                                           @Param("role") org.unionaid.shared.security.Role role);

    /**
     * Enabled users holding one of the roles whose branch is the one at {@code targetPath} or above it (they cover
     * it), nearest branch first.
     */
    @Query("""
            select distinct u, length(b.path) from UserAccount u join u.roles r, Branch b
             where u.enabled = true and r in :roles and b.id = u.branchId
               and :targetPath like concat(b.path, '%')
             order by length(b.path) desc, u.id""")
    java.util.List<Object[]> findEnabledWithRolesCovering(@Param("targetPath") String targetPath,
                                                          @Param("roles") java.util.Collection<org.unionaid.shared.security.Role> roles);
}
