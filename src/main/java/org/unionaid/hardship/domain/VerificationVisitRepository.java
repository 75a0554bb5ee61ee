package org.unionaid.hardship.domain;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface VerificationVisitRepository extends JpaRepository<VerificationVisit, Long> {

    @Query("select v from VerificationVisit v where v.leadId = :lead order by v.visitDate desc, v.id desc")
    List<VerificationVisit> findByLead(@Param("lead") long leadId);
}
