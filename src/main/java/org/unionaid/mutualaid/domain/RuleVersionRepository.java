package org.unionaid.mutualaid.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface RuleVersionRepository extends JpaRepository<RuleVersion, Long> {

    List<RuleVersion> findByPlanIdOrderByValidFromAsc(long planId);

    /** The version in force on a date: the latest one valid from that date or before. */
    @Query("select r from RuleVersion r where r.planId = :plan and r.validFrom <= :date order by r.validFrom desc limit 1")
    Optional<RuleVersion> inForce(@Param("plan") long planId, @Param("date") LocalDate date);

    boolean existsByPlanIdAndValidFrom(long planId, LocalDate validFrom);
}
