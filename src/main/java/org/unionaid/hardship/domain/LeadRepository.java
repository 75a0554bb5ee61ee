package org.unionaid.hardship.domain;

import java.util.List;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;
import org.unionaid.hardship.LeadSource;
import org.unionaid.hardship.LeadState;

public interface LeadRepository extends JpaRepository<Lead, Long> {

    /** Open leads of the same national ID anywhere (duplicates are system-wide, DESIGN §2). */
    @Query("""
            select l from Lead l where l.nationalIdHash = :hash
               and l.state in (org.unionaid.hardship.LeadState.NEW, org.unionaid.hardship.LeadState.ASSIGNED,
                               org.unionaid.hardship.LeadState.VERIFYING)
             order by l.id""")
    List<Lead> findOpenByNationalIdHash(@Param("hash") String hash);

    @Query("""
            select l from Lead l where l.workerId = :worker
               and l.state in (org.unionaid.hardship.LeadState.NEW, org.unionaid.hardship.LeadState.ASSIGNED,
                               org.unionaid.hardship.LeadState.VERIFYING)
             order by l.id""")
    List<Lead> findOpenByWorker(@Param("worker") long workerId);

    /** [state, count] of the open leads of the branches matching the path pattern. */
    @Query("""
            select l.state, count(l) from Lead l
             where l.branchId in (select b.id from Branch b where b.path like :pathPattern)
               and l.state in (org.unionaid.hardship.LeadState.NEW, org.unionaid.hardship.LeadState.ASSIGNED,
                               org.unionaid.hardship.LeadState.VERIFYING)
             group by l.state""")
    List<Object[]> countOpenByState(@Param("pathPattern") String pathPattern);

    @Query("""
            select l from Lead l
             where l.branchId in (select b.id from Branch b where b.path like :pathPattern)
               and (:state is null or l.state = :state)
               and (:source is null or l.source = :source)
               and (:assignedTo is null or l.assignedToUserId = :assignedTo)
               and (:duplicatesOnly = false or l.duplicateReason is not null)""")
    Page<Lead> search(@Param("pathPattern") String pathPattern, @Param("state") LeadState state,
                      @Param("source") LeadSource source, @Param("assignedTo") Long assignedTo,
                      @Param("duplicatesOnly") boolean duplicatesOnly, Pageable pageable);

    @Query("select l from Lead l where l.reporterUserId = :user or l.workerId = :worker order by l.createdAt desc")
    List<Lead> findReportedByOrConcerning(@Param("user") long userId, @Param("worker") Long workerId);
}
