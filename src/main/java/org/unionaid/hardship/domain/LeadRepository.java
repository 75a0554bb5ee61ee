package org.unionaid.hardship.domain;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface LeadRepository extends JpaRepository<Lead, Long> {

    /** Open leads of the same national ID anywhere (duplicates are system-wide, docs/design.md §2). */
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

    /**
     * [state, count] of the open leads of the branches matching the path pattern, from the summary
     * {@code lead_state_total} (one row per branch and state, kept by triggers in the same transaction, V191).
     */
    @Query(value = """
            select t.state, sum(t.leads) from lead_state_total t join branch b on b.id = t.branch_id
             where b.path like :pathPattern and t.state in ('NEW', 'ASSIGNED', 'VERIFYING')
             group by t.state""", nativeQuery = true)
    List<Object[]> countOpenByState(@Param("pathPattern") String pathPattern);

    @Query("select l from Lead l where l.reporterUserId = :user or l.workerId = :worker order by l.createdAt desc")
    List<Lead> findReportedByOrConcerning(@Param("user") long userId, @Param("worker") Long workerId);
}
