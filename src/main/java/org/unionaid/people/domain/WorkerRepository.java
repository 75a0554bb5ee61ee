package org.unionaid.people.domain;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

/** Workers by id and by national-ID hash; the search is {@code org.unionaid.people.WorkerSearch} (SQL). */
public interface WorkerRepository extends JpaRepository<Worker, Long> {

    Optional<Worker> findByNationalIdHash(String nationalIdHash);

    boolean existsByNationalIdHash(String nationalIdHash);
}
