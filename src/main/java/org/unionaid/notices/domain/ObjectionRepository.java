package org.unionaid.notices.domain;

import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;
import org.unionaid.notices.ObjectionState;
import org.unionaid.notices.ObjectionSubject;

import jakarta.persistence.LockModeType;

public interface ObjectionRepository extends JpaRepository<Objection, Long> {

    boolean existsBySubjectTypeAndSubjectIdAndState(ObjectionSubject subjectType, long subjectId,
                                                    ObjectionState state);

    /** A subtree's objections in one state (index objection_scope_idx). */
    Page<Objection> findByBranchPathLikeAndState(String scopePattern, ObjectionState state, Pageable pageable);

    /** All of a subtree's objections. */
    Page<Objection> findByBranchPathLike(String scopePattern, Pageable pageable);

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select o from Objection o where o.id = :id")
    Optional<Objection> lock(@Param("id") long id);
}
