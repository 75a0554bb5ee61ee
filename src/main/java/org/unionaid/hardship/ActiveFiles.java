package org.unionaid.hardship;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.unionaid.people.WorkerDirectory;

/**
 * Whether a national ID already has an open hardship file (any state but CLOSED or CANCELLED, so a
 * household in its monitoring year counts too): such a lead is flagged as a duplicate. The registry resolves the
 * ID's lookup hash to its worker (one index probe), then the files of that worker are checked.
 */
@Component
class ActiveFiles {

    private final JdbcTemplate jdbc;
    private final WorkerDirectory workers;

    ActiveFiles(JdbcTemplate jdbc, WorkerDirectory workers) {
        this.jdbc = jdbc;
        this.workers = workers;
    }

    boolean existsForNationalIdHash(String nationalIdHash) {
        return workers.idByNationalIdHash(nationalIdHash).map(workerId -> Boolean.TRUE.equals(jdbc.queryForObject("""
                select exists (select 1 from hardship_file f
                                where f.primary_worker_id = ? and f.state not in ('CLOSED', 'CANCELLED'))""",
                Boolean.class, workerId))).orElse(false);
    }
}
