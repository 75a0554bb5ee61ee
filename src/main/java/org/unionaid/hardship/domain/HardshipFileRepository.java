package org.unionaid.hardship.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;
import org.unionaid.hardship.HardshipFileState;

public interface HardshipFileRepository extends JpaRepository<HardshipFile, Long> {

    @Query("select count(f) > 0 from HardshipFile f where f.householdId = :household "
            + "and f.state not in (org.unionaid.hardship.HardshipFileState.CLOSED, "
            + "org.unionaid.hardship.HardshipFileState.CANCELLED)")
    boolean existsOpenForHousehold(@Param("household") long householdId);

    /** The caseworkers of the household's open files (one file at most in practice). */
    @Query("select distinct f.caseworkerId from HardshipFile f where f.householdId = :household "
            + "and f.state not in (org.unionaid.hardship.HardshipFileState.CLOSED, "
            + "org.unionaid.hardship.HardshipFileState.CANCELLED)")
    List<Long> caseworkersOfOpenFiles(@Param("household") long householdId);

    @Query("select f.id from HardshipFile f where f.state = :state and f.noticeEndsOn <= :today order by f.id")
    List<Long> findNoticeEnded(@Param("state") HardshipFileState state, @Param("today") LocalDate today);

    @Query("select f.id from HardshipFile f where f.state = :state and f.monitoringEndsOn <= :today order by f.id")
    List<Long> findMonitoringEnded(@Param("state") HardshipFileState state, @Param("today") LocalDate today);

    /** The worker's most recent file (open ones first). */
    @Query("""
            select f from HardshipFile f where f.primaryWorkerId = :worker
             order by case when f.state in (org.unionaid.hardship.HardshipFileState.CLOSED,
                                            org.unionaid.hardship.HardshipFileState.CANCELLED) then 1 else 0 end,
                      f.id desc limit 1""")
    Optional<HardshipFile> findLatestOfWorker(@Param("worker") long workerId);

    /** The open files (not CLOSED or CANCELLED) of these primary workers. */
    @Query("""
            select f from HardshipFile f where f.primaryWorkerId in :workers
               and f.state not in (org.unionaid.hardship.HardshipFileState.CLOSED,
                                   org.unionaid.hardship.HardshipFileState.CANCELLED)""")
    List<HardshipFile> findOpenOfWorkers(@Param("workers") java.util.Collection<Long> workerIds);

    /**
     * [category, count] of the ACTIVE files of the branches matching the path pattern, from the summary
     * {@code hardship_file_total} (one row per branch, state and category, kept by triggers, V191).
     */
    @Query(value = """
            select t.category, sum(t.files) from hardship_file_total t join branch b on b.id = t.branch_id
             where b.path like :pathPattern and t.state = 'ACTIVE'
             group by t.category""", nativeQuery = true)
    List<Object[]> countActiveByCategory(@Param("pathPattern") String pathPattern);

    Optional<HardshipFile> findByFileNumber(String fileNumber);

    @Query(value = "select nextval('hardship_file_number_seq')", nativeQuery = true)
    long nextNumber();
}
