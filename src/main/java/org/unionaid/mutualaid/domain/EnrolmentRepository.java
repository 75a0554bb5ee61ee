package org.unionaid.mutualaid.domain;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface EnrolmentRepository extends JpaRepository<Enrolment, Long> {

    Optional<Enrolment> findByPlanIdAndWorkerId(long planId, long workerId);

    List<Enrolment> findByWorkerIdOrderByIdAsc(long workerId);

    boolean existsByPlanIdAndWorkerId(long planId, long workerId);
}
