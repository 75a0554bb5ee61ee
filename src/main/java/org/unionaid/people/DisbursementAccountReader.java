package org.unionaid.people;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.unionaid.shared.crypto.FieldCipher;

/**
 * Reads the payout accounts of many workers at once (a bank file's payees): one query by id array and scope
 * path, the account numbers decrypted here, instead of loading one {@code Worker} entity per payee into a
 * persistence context that would dirty-check them all at every flush.
 */
@Component
class DisbursementAccountReader {

    record Account(long branchId, DisbursementAccount account) {
    }

    private final JdbcTemplate jdbc;
    private final FieldCipher cipher;

    DisbursementAccountReader(JdbcTemplate jdbc, FieldCipher cipher) {
        this.jdbc = jdbc;
        this.cipher = cipher;
    }

    /** The accounts of those workers whose branch path matches {@code scopeLike}, by worker id. */
    Map<Long, Account> read(Collection<Long> workerIds, String scopeLike) {
        Map<Long, Account> accounts = new LinkedHashMap<>();
        Long[] ids = new LinkedHashSet<>(workerIds).toArray(Long[]::new);
        if (ids.length == 0) {
            return accounts;
        }
        jdbc.query("""
                select w.id, w.branch_id, w.name, w.bank_name, w.bank_account_holder, w.bank_account_enc,
                       w.bank_account_masked, w.payout_account_status
                  from worker w where w.id = any(?) and w.branch_path like ?""",
                ps -> {
                    ps.setArray(1, ps.getConnection().createArrayOf("bigint", ids));
                    ps.setString(2, scopeLike);
                },
                rs -> {
                    String encrypted = rs.getString(6);
                    accounts.put(rs.getLong(1), new Account(rs.getLong(2), new DisbursementAccount(rs.getString(3),
                            rs.getString(4), rs.getString(5), encrypted == null ? null : cipher.decrypt(encrypted),
                            rs.getString(7), PayoutAccountStatus.valueOf(rs.getString(8)))));
                });
        return accounts;
    }
}
