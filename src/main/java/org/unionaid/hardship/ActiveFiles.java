package org.unionaid.hardship;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Whether a national ID already has an open hardship file (any state but CLOSED or CANCELLED, so a
 * household in its monitoring year counts too): such a lead is flagged as a duplicate.
 */
@Component
class ActiveFiles {

    private final JdbcTemplate jdbc;

    ActiveFiles(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    boolean existsForNationalIdHash(String nationalIdHash) {
        Boolean exists = jdbc.queryForObject("""
                select exists (select 1 from hardship_file f join worker w on w.id = f.primary_worker_id
                                where w.national_id_hash = ? and f.state not in ('CLOSED', 'CANCELLED'))""",
                Boolean.class, nationalIdHash);
        return Boolean.TRUE.equals(exists);
    }
}
