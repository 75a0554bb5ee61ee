package org.unionaid.people;

import java.sql.Date;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.unionaid.people.domain.Worker;
import org.unionaid.shared.crypto.FieldCipher;

/**
 * Registers many workers in one go (an employer's staff list of up to 50,000 rows): the rows are built by the
 * {@link Worker} entity's own constructor (so masking, sex and birth date from the ID, account status stay the
 * entity's rules) and written with JDBC batches, ids taken from the table's sequence up front, instead of one
 * persist and flush per row — which, in one persistence context, dirty-checks every worker already saved at every
 * flush and grows with the square of the list.
 */
@Component
class WorkerBulkInsert {

    private final JdbcTemplate jdbc;
    private final FieldCipher cipher;

    WorkerBulkInsert(JdbcTemplate jdbc, FieldCipher cipher) {
        this.jdbc = jdbc;
        this.cipher = cipher;
    }

    /** Ids of registered workers by national-ID hash, for any number of hashes (one query). */
    Map<String, Long> idsByHash(Collection<String> hashes) {
        Map<String, Long> ids = new HashMap<>();
        if (hashes.isEmpty()) {
            return ids;
        }
        jdbc.query("select id, national_id_hash from worker where national_id_hash = any(?)",
                rs -> {
                    ids.put(rs.getString(2), rs.getLong(1));
                }, (Object) hashes.toArray(String[]::new));
        return ids;
    }

    /** Inserts the workers (not yet saved entities) and returns their new ids, in the same order. */
    List<Long> insert(List<Worker> workers) {
        List<Long> ids = jdbc.queryForList("select nextval(pg_get_serial_sequence('worker', 'id'))"
                + " from generate_series(1, ?)", Long.class, workers.size());
        List<Object[]> rows = new ArrayList<>(workers.size());
        for (int i = 0; i < workers.size(); i++) {
            Worker w = workers.get(i);
            rows.add(new Object[] {ids.get(i), w.name(), cipher.encrypt(w.nationalId()), w.nationalIdHash(),
                    w.nationalIdMasked(), w.sex().name(), Date.valueOf(w.birthDate()), w.phone(), w.address(),
                    w.employerName(), w.branchId(), w.unionMemberSince() == null ? null : Date.valueOf(w.unionMemberSince()),
                    w.employmentForm().name(), w.socialInsuranceMonths(), w.workerType().name(),
                    w.payoutAccountStatus().name()});
        }
        jdbc.batchUpdate("""
                insert into worker (id, name, national_id_enc, national_id_hash, national_id_masked, sex, birth_date,
                                    phone, address, employer_name, branch_id, union_member_since, employment_form,
                                    social_insurance_months, worker_type, payout_account_status)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", rows);
        return ids;
    }
}
