package org.unionaid.users.domain;

import java.time.Instant;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface ApiTokenRepository extends JpaRepository<ApiToken, Long> {

    @Query("select t from ApiToken t where t.tokenHash = :hash")
    Optional<ApiToken> findByHash(@Param("hash") String hash);

    /** Tokens of the accounts whose branch lies in the subtree, newest first. */
    @Query(value = """
            select t from ApiToken t
             where t.userId in (select u.id from UserAccount u
                                 where u.branchId in (select b.id from Branch b where b.path like :pathPattern))
             order by t.createdAt desc, t.id desc""",
            countQuery = """
            select count(t) from ApiToken t
             where t.userId in (select u.id from UserAccount u
                                 where u.branchId in (select b.id from Branch b where b.path like :pathPattern))""")
    Page<ApiToken> findInScope(@Param("pathPattern") String pathPattern, Pageable pageable);

    /**
     * Records a use, but only when the last recorded one is older than {@code before}: a client sending many
     * requests writes once per interval, not once per request. Does not touch the version (no lock conflicts).
     */
    @Modifying
    @Query("""
            update ApiToken t set t.lastUsedAt = :now
             where t.id = :id and (t.lastUsedAt is null or t.lastUsedAt < :before)""")
    int markUsed(@Param("id") long id, @Param("now") Instant now, @Param("before") Instant before);
}
