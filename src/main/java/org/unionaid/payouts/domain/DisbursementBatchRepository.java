package org.unionaid.payouts.domain;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface DisbursementBatchRepository extends JpaRepository<DisbursementBatch, Long> {

    @Query(value = "select nextval('disbursement_batch_reference_seq')", nativeQuery = true)
    long nextReference();
}
