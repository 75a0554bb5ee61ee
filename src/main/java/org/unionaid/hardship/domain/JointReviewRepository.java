package org.unionaid.hardship.domain;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface JointReviewRepository extends JpaRepository<JointReview, Long> {

    @Query("select j from JointReview j where :file member of j.fileIds order by j.heldOn desc, j.id desc")
    List<JointReview> findByFile(@Param("file") long fileId);
}
