package org.unionaid.programmes.domain;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ApplicationTransitionRepository extends JpaRepository<ApplicationTransition, Long> {

    List<ApplicationTransition> findByApplicationIdOrderByIdAsc(long applicationId);
}
