package org.unionaid.hardship.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface EligibilityRuleSetRepository extends JpaRepository<EligibilityRuleSet, Long> {

    @Query("""
            select r from EligibilityRuleSet r
             where r.regionCode = :region and r.validFrom <= :date and (r.validTo is null or r.validTo >= :date)
             order by r.validFrom desc limit 1""")
    Optional<EligibilityRuleSet> findInForce(@Param("region") String regionCode, @Param("date") LocalDate date);

    @Query("select r from EligibilityRuleSet r where r.regionCode = :region order by r.validFrom desc")
    List<EligibilityRuleSet> findByRegion(@Param("region") String regionCode);

    @Query("select r from EligibilityRuleSet r order by r.regionCode, r.validFrom desc")
    List<EligibilityRuleSet> findAllOrdered();
}
