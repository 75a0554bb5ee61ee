package org.unionaid.mutualaid.domain;

import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface ClaimRepository extends JpaRepository<Claim, Long> {

    List<Claim> findByWorkerIdOrderByIdDesc(long workerId);

    @Query(value = "select nextval('mutualaid_claim_number_seq')", nativeQuery = true)
    long nextNumber();

    /** Other claims of the member under the plan with an admission in the year that count towards the limit. */
    @Query("""
            select count(c) from Claim c where c.workerId = :worker and c.planId = :plan and c.id <> :claim
               and year(c.admissionDate) = :year
               and c.state not in (org.unionaid.mutualaid.ClaimState.DRAFT, org.unionaid.mutualaid.ClaimState.REJECTED)""")
    long countOthersInYear(@Param("worker") long workerId, @Param("plan") long planId, @Param("year") int year,
                           @Param("claim") long claimId);

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select c from Claim c where c.id = :id")
    Optional<Claim> findForUpdate(@Param("id") long id);
}
