package org.unionaid.mutualaid.domain;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ClaimTransitionRepository extends JpaRepository<ClaimTransition, Long> {

    List<ClaimTransition> findByClaimIdOrderByIdAsc(long claimId);
}
