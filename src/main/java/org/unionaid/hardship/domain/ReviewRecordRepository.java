package org.unionaid.hardship.domain;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ReviewRecordRepository extends JpaRepository<ReviewRecord, Long> {

    List<ReviewRecord> findByFileIdOrderByReviewedOnDescIdDesc(long fileId);
}
