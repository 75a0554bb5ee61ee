package org.unionaid.hardship.domain;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface FileReviewTaskRepository extends JpaRepository<FileReviewTask, Long> {

    /** Open tasks first, then newest first. */
    @Query("select t from FileReviewTask t where t.fileId = :file order by case when t.state = 'OPEN' then 0 else 1 end, t.id desc")
    List<FileReviewTask> findByFile(@Param("file") long fileId);

    boolean existsByFileIdAndSourceRef(long fileId, String sourceRef);
}
