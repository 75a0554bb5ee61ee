package org.unionaid.programmes.domain;

import java.util.Optional;

import jakarta.persistence.LockModeType;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface ProgrammeRepository extends JpaRepository<Programme, Long> {

    /** The ids of all programmes of a kind (the ledger rules count a household's awards across them). */
    @org.springframework.data.jpa.repository.Query("select p.id from Programme p where p.kind = :kind")
    java.util.List<Long> findIdsByKind(@org.springframework.data.repository.query.Param("kind")
                                       org.unionaid.programmes.ProgrammeKind kind);

    /** The programme locked for the rest of the transaction: applications to it are counted one at a time. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select p from Programme p where p.id = :id")
    Optional<Programme> lockById(@Param("id") long id);

    boolean existsByBranchIdAndName(long branchId, String name);

    /** Takes one item from a limited stock; 0 rows when none is left (unlimited stock: 1 row, no change). */
    @Modifying(flushAutomatically = true, clearAutomatically = false)
    @Query(value = "update programme set stock = stock - 1 where id = :id and (stock is null or stock >= 1)",
            nativeQuery = true)
    int takeFromStock(@Param("id") long id);

    /** Gives one item back to a limited stock (unlimited stock: no change). */
    @Modifying(flushAutomatically = true, clearAutomatically = false)
    @Query(value = "update programme set stock = stock + 1 where id = :id and stock is not null", nativeQuery = true)
    int returnToStock(@Param("id") long id);
}
