package org.unionaid.people.domain;

import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/**
 * Workers. Every search is limited to a branch subtree ({@code pathPattern} like {@code '/1/4/%'}) and
 * pages and sorts in the database; each search mode matches one index.
 */
public interface WorkerRepository extends JpaRepository<Worker, Long> {

    Optional<Worker> findByNationalIdHash(String nationalIdHash);

    boolean existsByNationalIdHash(String nationalIdHash);

    @Query("""
            select w from Worker w
             where w.branchId in (select b.id from Branch b where b.path like :pathPattern)""")
    Page<Worker> findInScope(@Param("pathPattern") String pathPattern, Pageable pageable);

    /** {@code namePrefix} lower case, LIKE wildcards escaped with '\', ending in '%'. */
    @Query("""
            select w from Worker w
             where w.branchId in (select b.id from Branch b where b.path like :pathPattern)
               and lower(w.name) like :namePrefix escape '\\'""")
    Page<Worker> findInScopeByNamePrefix(@Param("pathPattern") String pathPattern,
                                         @Param("namePrefix") String namePrefix, Pageable pageable);

    /**
     * A name prefix in name order, read in the order of {@code worker_name_c_order_idx} (byte order of the lower
     * case name): the rows of a common surname (王, 李, 张 are ~7% each) are one range of the index, so a page
     * costs a page, not a walk through every name before them.
     */
    @Query(value = """
            select w.* from worker w
             where lower(w.name) collate "C" like :namePrefix escape '\\'
               and w.branch_id in (select b.id from branch b where b.path like :pathPattern)
             order by lower(w.name) collate "C", w.id""",
            countQuery = """
            select count(*) from worker w
             where lower(w.name) like :namePrefix escape '\\'
               and w.branch_id in (select b.id from branch b where b.path like :pathPattern)""",
            nativeQuery = true)
    Page<Worker> findInScopeByNamePrefixInNameOrder(@Param("pathPattern") String pathPattern,
                                                    @Param("namePrefix") String namePrefix, Pageable pageable);

    @Query("""
            select w from Worker w
             where w.branchId in (select b.id from Branch b where b.path like :pathPattern)
               and w.phone like :phonePrefix escape '\\'""")
    Page<Worker> findInScopeByPhonePrefix(@Param("pathPattern") String pathPattern,
                                          @Param("phonePrefix") String phonePrefix, Pageable pageable);

    @Query("""
            select w from Worker w
             where w.branchId in (select b.id from Branch b where b.path like :pathPattern)
               and w.nationalIdHash = :hash""")
    Page<Worker> findInScopeByNationalIdHash(@Param("pathPattern") String pathPattern, @Param("hash") String hash,
                                             Pageable pageable);
}
