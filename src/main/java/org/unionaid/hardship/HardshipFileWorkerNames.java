package org.unionaid.hardship;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.unionaid.people.WorkerRenamed;

/**
 * Keeps the copy of the primary worker's name on the hardship files ({@code hardship_file.primary_worker_name},
 * which the files list sorts by) equal to the registry's: the people registry publishes {@link WorkerRenamed} in
 * the renaming transaction, so the copy changes in the same commit, or neither does (as the payout events,
 * decision 14). One indexed update ({@code hardship_file_worker_idx}) per rename.
 */
@Component
class HardshipFileWorkerNames {

    private final JdbcTemplate jdbc;

    HardshipFileWorkerNames(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventListener
    void workerRenamed(WorkerRenamed event) {
        jdbc.update("update hardship_file set primary_worker_name = ? where primary_worker_id = ?", event.newName(),
                event.workerId());
    }
}
