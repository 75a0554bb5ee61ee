package org.unionaid.payouts.domain;

import java.util.Optional;

import jakarta.persistence.LockModeType;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface DisbursementBatchRepository extends JpaRepository<DisbursementBatch, Long> {

    @Query(value = "select nextval('disbursement_batch_reference_seq')", nativeQuery = true)
    long nextReference();

    /** The batch with a row lock, so sending and importing results happen one at a time. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select b from DisbursementBatch b where b.id = :id")
    Optional<DisbursementBatch> findForUpdate(@Param("id") long id);
}
