package org.unionaid.people.domain;

import java.util.List;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;
import org.unionaid.people.HouseholdChangeState;

public interface HouseholdMemberChangeRepository extends JpaRepository<HouseholdMemberChange, Long> {

    /** A worker's changes, newest first (the worker's page shows the pending and the recent decisions). */
    List<HouseholdMemberChange> findTop20ByWorkerIdOrderByIdDesc(long workerId);

    List<HouseholdMemberChange> findByWorkerIdAndStateOrderByIdAsc(long workerId, HouseholdChangeState state);

    /** The PENDING changes of the branches whose path matches the pattern (a caseworker's subtree), oldest first. */
    @Query(value = """
            select c.* from household_member_change c join branch b on b.id = c.branch_id
             where c.state = 'PENDING' and b.path like :pathPattern order by c.requested_at, c.id""",
            countQuery = """
            select count(*) from household_member_change c join branch b on b.id = c.branch_id
             where c.state = 'PENDING' and b.path like :pathPattern""", nativeQuery = true)
    Page<HouseholdMemberChange> findPendingIn(@Param("pathPattern") String pathPattern, Pageable pageable);
}
