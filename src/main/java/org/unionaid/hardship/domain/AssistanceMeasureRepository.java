package org.unionaid.hardship.domain;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface AssistanceMeasureRepository extends JpaRepository<AssistanceMeasure, Long> {

    List<AssistanceMeasure> findByFileIdOrderByDueOnAscIdAsc(long fileId);
}
