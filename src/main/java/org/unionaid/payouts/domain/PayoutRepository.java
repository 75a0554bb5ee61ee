package org.unionaid.payouts.domain;

import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;
import org.unionaid.payouts.PayoutSourceType;

public interface PayoutRepository extends JpaRepository<Payout, Long> {

    /** Loads the payout with a row lock (SELECT … FOR UPDATE): concurrent approvals queue up here. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select p from Payout p where p.id = :id")
    Optional<Payout> findForUpdate(@Param("id") long id);

    @Query("""
            select p from Payout p where p.sourceType = :type and p.sourceId = :sourceId
               and p.state not in (org.unionaid.payouts.PayoutState.REJECTED, org.unionaid.payouts.PayoutState.FAILED,
                                   org.unionaid.payouts.PayoutState.CANCELLED)""")
    Optional<Payout> findLive(@Param("type") PayoutSourceType type, @Param("sourceId") long sourceId);

    List<Payout> findBySourceTypeAndSourceIdOrderByIdAsc(PayoutSourceType type, long sourceId);

    Optional<Payout> findByReference(String reference);

    Optional<Payout> findByReissueOf(long reissueOf);

    @Query(value = "select nextval('payout_reference_seq')", nativeQuery = true)
    long nextReference();
}
