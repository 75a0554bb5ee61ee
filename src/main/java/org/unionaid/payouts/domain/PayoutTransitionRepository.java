package org.unionaid.payouts.domain;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface PayoutTransitionRepository extends JpaRepository<PayoutTransition, Long> {

    List<PayoutTransition> findByPayoutIdOrderByIdAsc(long payoutId);
}
