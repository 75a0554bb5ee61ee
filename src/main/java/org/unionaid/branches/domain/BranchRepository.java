package org.unionaid.branches.domain;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface BranchRepository extends JpaRepository<Branch, Long> {

    List<Branch> findAllByOrderByPathAsc();

    @Query("select b from Branch b where b.path like :pattern order by b.path")
    List<Branch> findSubtree(@Param("pattern") String pattern);

    Optional<Branch> findByCode(String code);

    boolean existsByCode(String code);

    /** Rewrites the paths of all descendants when a branch moves (the branch itself is saved by JPA). */
    @Modifying
    @Query(value = """
            update branch set path = :newPrefix || substring(path from char_length(:oldPrefix) + 1),
                              updated_at = now(), version = version + 1
             where path like :oldPrefix || '%' and path <> :oldPrefix""", nativeQuery = true)
    int rewriteDescendantPaths(@Param("oldPrefix") String oldPrefix, @Param("newPrefix") String newPrefix);

    @Query("select count(b) from Branch b where b.parentId = :id and b.active = true")
    long countActiveChildren(@Param("id") long id);
}
