package org.unionaid.people.domain;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

/** Workers by id and by national-ID hash; the search is {@code org.unionaid.people.WorkerSearch} (SQL). */
public interface WorkerRepository extends JpaRepository<Worker, Long> {

    Optional<Worker> findByNationalIdHash(String nationalIdHash);

    boolean existsByNationalIdHash(String nationalIdHash);

    /** [id, name, branch id] of the given workers (no entity, nothing decrypted). */
    @org.springframework.data.jpa.repository.Query("select w.id, w.name, w.branchId from Worker w where w.id in :ids")
    java.util.List<Object[]> namesOf(@org.springframework.data.repository.query.Param("ids") java.util.Collection<Long> ids);
}
