package org.unionaid.mutualaid.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface EnrolmentRepository extends JpaRepository<Enrolment, Long> {

    /** The confirmed term of the plan covering a day, else the latest confirmed term. */
    @Query("""
            select e from Enrolment e where e.planId = :plan and e.workerId = :worker
               and e.status = org.unionaid.mutualaid.EnrolmentStatus.CONFIRMED
             order by case when e.coverageStart <= :day and e.coverageEnd >= :day then 0 else 1 end,
                      e.coverageStart desc limit 1""")
    Optional<Enrolment> findCovering(@Param("plan") long planId, @Param("worker") long workerId,
                                     @Param("day") LocalDate day);

    /** The latest confirmed term of the plan (the one a renewal follows). */
    @Query("""
            select e from Enrolment e where e.planId = :plan and e.workerId = :worker
               and e.status = org.unionaid.mutualaid.EnrolmentStatus.CONFIRMED
             order by e.coverageEnd desc limit 1""")
    Optional<Enrolment> findLatestConfirmed(@Param("plan") long planId, @Param("worker") long workerId);

    List<Enrolment> findByWorkerIdOrderByIdAsc(long workerId);

    /**
     * Whether a new enrolment of the worker in the plan would clash: one is awaiting confirmation, or a confirmed
     * term ends after {@code renewableUntil} (a renewal opens {@link org.unionaid.mutualaid.Enrolments#RENEWAL_WINDOW_DAYS}
     * days before a term ends).
     */
    @Query("""
            select count(e) > 0 from Enrolment e where e.planId = :plan and e.workerId = :worker
               and (e.status = org.unionaid.mutualaid.EnrolmentStatus.SUBMITTED
                    or (e.status = org.unionaid.mutualaid.EnrolmentStatus.CONFIRMED and e.coverageEnd > :renewableUntil))""")
    boolean blocks(@Param("plan") long planId, @Param("worker") long workerId,
                   @Param("renewableUntil") LocalDate renewableUntil);
}
