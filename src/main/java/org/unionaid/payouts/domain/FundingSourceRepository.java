package org.unionaid.payouts.domain;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface FundingSourceRepository extends JpaRepository<FundingSource, Long> {

    List<FundingSource> findByProgrammeIdOrderByIdAsc(long programmeId);

    List<FundingSource> findByPartnerUserIdOrderByIdAsc(long partnerUserId);
}
