package org.unionaid.wishes.domain;

import java.util.List;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface WishRepository extends JpaRepository<Wish, Long> {

    @Query(value = "select nextval('wish_number_seq')", nativeQuery = true)
    long nextNumber();

    List<Wish> findByWorkerIdOrderByIdDesc(long workerId);

    /** A subtree's wishes in the given states, newest first (index wish_scope_state_idx). */
    @Query(value = """
            select w.* from wish w
             where w.branch_path like :prefix and w.state in (:states)
             order by w.posted_at desc, w.id desc""",
            countQuery = "select count(*) from wish w where w.branch_path like :prefix and w.state in (:states)",
            nativeQuery = true)
    Page<Wish> findInScope(@Param("prefix") String prefix, @Param("states") List<String> states, Pageable pageable);

    /** What a donor claimed, newest first. */
    List<Wish> findByDonorUserIdOrderByIdDesc(long donorUserId);

    /** Per branch of a subtree: the branch, the state, the number of wishes and their value. */
    @Query(value = """
            select w.branch_id, w.state, count(*) as wishes, sum(w.wish_value) as total from wish w
             where w.branch_path like :prefix
             group by w.branch_id, w.state""", nativeQuery = true)
    List<Object[]> statistics(@Param("prefix") String prefix);
}
