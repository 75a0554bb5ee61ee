package org.unionaid.programmes.domain;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface ProgrammeApplicationRepository extends JpaRepository<ProgrammeApplication, Long> {

    /** Applications of the person (the worker, or the household member applied for) that count against the limit. */
    @Query("""
            select count(a) from ProgrammeApplication a where a.programmeId = :programme and a.workerId = :worker
               and coalesce(a.memberId, 0) = :member
               and a.state not in (org.unionaid.programmes.ApplicationState.REJECTED,
                                   org.unionaid.programmes.ApplicationState.WITHDRAWN)""")
    long countLive(@Param("programme") long programmeId, @Param("worker") long workerId, @Param("member") long memberId);

    List<ProgrammeApplication> findByWorkerIdOrderByIdDesc(long workerId);

    @Query(value = "select nextval('programme_application_number_seq')", nativeQuery = true)
    long nextNumber();
}
