package org.unionaid.meanstest.domain;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface CivilAffairsRecordRepository extends JpaRepository<CivilAffairsRecord, Long> {

    List<CivilAffairsRecord> findByImportIdOrderByRowNumber(long importId);

    List<CivilAffairsRecord> findByWorkerIdOrderByRecordedOnDescIdDesc(long workerId);
}
