package org.unionaid.appeals.domain;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;
import org.unionaid.appeals.AppealState;
import org.unionaid.appeals.AppealSubjectType;

public interface AppealRepository extends JpaRepository<Appeal, Long> {

    @Query(value = "select nextval('appeal_number_seq')", nativeQuery = true)
    long nextNumber();

    /** The subject's most recent appeal (an open one, or the last decided). */
    Optional<Appeal> findFirstBySubjectTypeAndSubjectIdOrderByIdDesc(AppealSubjectType type, long subjectId);

    boolean existsBySubjectTypeAndSubjectIdAndState(AppealSubjectType type, long subjectId, AppealState state);

    List<Appeal> findByWorkerIdOrderByIdDesc(long workerId);

    /**
     * A subtree's appeals of the given subject types: with {@code anyState} false only those in {@code state},
     * with {@code overdueOnly} only OPEN ones due before {@code today}. Order comes from the pageable.
     */
    @Query(value = """
            select a.* from appeal a
             where a.branch_path like :prefix and a.subject_type in (:types)
               and (:anyState or a.state = :state)
               and (not :overdueOnly or (a.state = 'OPEN' and a.due_on < :today))""",
            countQuery = """
            select count(*) from appeal a
             where a.branch_path like :prefix and a.subject_type in (:types)
               and (:anyState or a.state = :state)
               and (not :overdueOnly or (a.state = 'OPEN' and a.due_on < :today))""",
            nativeQuery = true)
    Page<Appeal> findInScope(@Param("prefix") String prefix, @Param("types") Collection<String> types,
                             @Param("anyState") boolean anyState, @Param("state") String state,
                             @Param("overdueOnly") boolean overdueOnly, @Param("today") LocalDate today,
                             Pageable pageable);
}
