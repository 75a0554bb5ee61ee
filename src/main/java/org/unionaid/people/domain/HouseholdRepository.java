package org.unionaid.people.domain;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface HouseholdRepository extends JpaRepository<Household, Long> {

    @Query("select h from Household h left join fetch h.members where h.primaryWorkerId = :workerId")
    Optional<Household> findByPrimaryWorkerId(@Param("workerId") long workerId);

    @Query("select m.id, m.name from HouseholdMember m where m.id in :ids")
    java.util.List<Object[]> memberNames(@Param("ids") java.util.Collection<Long> memberIds);
}
