package org.unionaid.people;

import java.sql.PreparedStatement;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.PreparedStatementSetter;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Batch reads of the registry for other modules' services (issue 10: a module's SQL reads only its own tables):
 * the names, masked IDs and account status of the workers on a page, in <b>one query per call</b> by primary key
 * ({@code id = any(?)}), however many rows the page has.
 *
 * <p>No method security and no scope check here, on purpose: the caller has already chosen rows the current user
 * may see (a list scoped to their subtree, a record loaded through its own access check) and asks only for what
 * those rows show of their worker. Checking each id against the caller's scope again would cost a lookup per row.
 * So this is not a way to look a person up: controllers never use it (they go through {@link People}),
 * and it returns masked values only, never a full national ID or bank account.
 */
@Service
@Transactional(readOnly = true)
public class WorkerDirectory {

    private final JdbcTemplate jdbc;

    WorkerDirectory(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The statement every batch read sends (one array parameter, so one prepared statement for any page size). */
    public static final String CARDS_SQL = """
            select w.id, w.name, w.national_id_masked, w.branch_id, w.payout_account_status
              from worker w where w.id = any(?)""";

    private static final String ACCOUNTS_SQL = """
            select w.id, w.name, w.bank_name, w.bank_account_holder, w.bank_account_masked, w.payout_account_status
              from worker w where w.id = any(?)""";

    private static final RowMapper<WorkerCard> CARD = (rs, i) -> new WorkerCard(rs.getLong("id"),
            rs.getString("name"), rs.getString("national_id_masked"), rs.getLong("branch_id"),
            PayoutAccountStatus.valueOf(rs.getString("payout_account_status")));

    /** The cards of the given workers by id (unknown ids are left out); no query for an empty collection. */
    public Map<Long, WorkerCard> cardsOf(Collection<Long> workerIds) {
        Map<Long, WorkerCard> result = new HashMap<>();
        Long[] ids = distinct(workerIds);
        if (ids.length > 0) {
            jdbc.query(CARDS_SQL, array(ids), CARD).forEach(c -> result.put(c.id(), c));
        }
        return result;
    }

    /** The names of the given workers by id (unknown ids are left out). */
    public Map<Long, String> namesOf(Collection<Long> workerIds) {
        Map<Long, String> result = new HashMap<>();
        cardsOf(workerIds).forEach((id, card) -> result.put(id, card.name()));
        return result;
    }

    /** One worker's card, if the id exists. */
    public Optional<WorkerCard> card(long workerId) {
        return Optional.ofNullable(cardsOf(List.of(workerId)).get(workerId));
    }

    /** Whether a worker with this id exists. */
    public boolean exists(long workerId) {
        return card(workerId).isPresent();
    }

    /** The masked payout accounts of the given workers by id (a batch's lines before it is sent). */
    public Map<Long, MaskedPayoutAccount> payoutAccountsOf(Collection<Long> workerIds) {
        Map<Long, MaskedPayoutAccount> result = new HashMap<>();
        Long[] ids = distinct(workerIds);
        if (ids.length > 0) {
            jdbc.query(ACCOUNTS_SQL, array(ids), (rs, i) -> new MaskedPayoutAccount(rs.getLong("id"),
                    rs.getString("name"), rs.getString("bank_name"), rs.getString("bank_account_holder"),
                    rs.getString("bank_account_masked"),
                    PayoutAccountStatus.valueOf(rs.getString("payout_account_status"))))
                    .forEach(a -> result.put(a.workerId(), a));
        }
        return result;
    }

    /** Of the given workers, those whose payout account can be paid now ({@link PayoutAccountStatus#OK}). */
    public Set<Long> payable(Collection<Long> workerIds) {
        Set<Long> result = new java.util.HashSet<>();
        cardsOf(workerIds).values().stream().filter(c -> c.payoutAccountStatus() == PayoutAccountStatus.OK)
                .forEach(c -> result.add(c.id()));
        return result;
    }

    /** The birth dates of the given workers by id (a plan's eligible ages); unknown ids are left out. */
    public Map<Long, java.time.LocalDate> birthDatesOf(Collection<Long> workerIds) {
        Map<Long, java.time.LocalDate> result = new HashMap<>();
        Long[] ids = distinct(workerIds);
        if (ids.length > 0) {
            jdbc.query("select w.id, w.birth_date from worker w where w.id = any(?)", array(ids), (rs, i) -> {
                java.time.LocalDate date = rs.getObject(2, java.time.LocalDate.class);
                if (date != null) {
                    result.put(rs.getLong(1), date);
                }
                return null;
            });
        }
        return result;
    }

    /** How many workers are registered in a branch (an employer's staff, for a plan's participation floor). */
    public long countInBranch(long branchId) {
        Long n = jdbc.queryForObject("select count(*) from worker w where w.branch_id = ?", Long.class, branchId);
        return n == null ? 0 : n;
    }

    /** The id of the worker with this national-ID lookup hash (unique), if any: one probe of its index. */
    public Optional<Long> idByNationalIdHash(String nationalIdHash) {
        return jdbc.queryForList("select w.id from worker w where w.national_id_hash = ?", Long.class,
                nationalIdHash).stream().findFirst();
    }

    /**
     * The national-ID lookup hash of a worker (a keyed hash, not the ID), so another module can match the worker
     * against records that carry only a hash, such as a reported lead; empty when there is no such worker.
     */
    public Optional<String> nationalIdHashOf(long workerId) {
        return jdbc.queryForList("select w.national_id_hash from worker w where w.id = ?", String.class, workerId)
                .stream().filter(Objects::nonNull).findFirst();
    }

    private static Long[] distinct(Collection<Long> ids) {
        Set<Long> unique = new LinkedHashSet<>();
        ids.forEach(id -> unique.add(Objects.requireNonNull(id)));
        return unique.toArray(Long[]::new);
    }

    private static PreparedStatementSetter array(Long[] ids) {
        return (PreparedStatement ps) -> ps.setArray(1, ps.getConnection().createArrayOf("bigint", ids));
    }
}
