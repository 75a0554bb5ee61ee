package org.unionaid.payouts;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.unionaid.shared.security.Actors;
import org.unionaid.shared.time.Times;

/**
 * The signed-in worker's own payouts in every state ({@code /me/payouts}): programme awards, mutual-aid benefits
 * and plan measures, cash and in kind, newest first, a page at a time. The benefit ledger ({@link BenefitLedger})
 * is the household's aid as counted (paid ones and outside aid); this is the worker's view of where each payout
 * stands. A caller without a worker record gets an empty page; only the caller's own rows are ever read.
 */
@Service
@Transactional(readOnly = true)
public class MyPayouts {

    private final JdbcTemplate jdbc;
    private final ProgrammeOwners programmes;
    private final Times times;

    MyPayouts(JdbcTemplate jdbc, ProgrammeOwners programmes, Times times) {
        this.jdbc = jdbc;
        this.programmes = programmes;
        this.times = times;
    }

    public Page<MyPayout> mine(Pageable pageable) {
        Long workerId = Actors.required().workerId();
        if (workerId == null) {
            return Page.empty(pageable);
        }
        long total = Objects.requireNonNull(jdbc.queryForObject(
                "select count(*) from payout where payee_worker_id = ?", Long.class, workerId));
        List<Object[]> rows = jdbc.query("""
                select id, reference, source_type, programme_id, purpose, form, amount, item, quantity, state,
                       proposed_at, paid_at, delivered_on
                  from payout where payee_worker_id = ? order by proposed_at desc, id desc limit ? offset ?""",
                (rs, n) -> new Object[] {rs.getLong(1), rs.getString(2), rs.getString(3),
                        rs.getObject(4, Long.class), rs.getString(5), rs.getString(6), rs.getBigDecimal(7),
                        rs.getString(8), rs.getObject(9, Integer.class), rs.getString(10), rs.getTimestamp(11),
                        rs.getTimestamp(12), rs.getObject(13, LocalDate.class)},
                workerId, pageable.getPageSize(), pageable.getOffset());
        Map<Long, String> names = programmes.namesOf(rows.stream().map(r -> (Long) r[3]).filter(Objects::nonNull)
                .distinct().toList());
        List<MyPayout> content = rows.stream().map(r -> {
            Long programmeId = (Long) r[3];
            LocalDate settled = r[12] != null ? (LocalDate) r[12]
                    : r[11] != null ? times.dateOf(((Timestamp) r[11]).toInstant()) : null;
            return new MyPayout((Long) r[0], (String) r[1], LedgerKind.of(PayoutSourceType.valueOf((String) r[2])),
                    programmeId == null ? null : names.get(programmeId), (String) r[4],
                    PayoutKind.valueOf((String) r[5]), (BigDecimal) r[6], (String) r[7], (Integer) r[8],
                    PayoutState.valueOf((String) r[9]), times.dateOf(((Timestamp) r[10]).toInstant()), settled);
        }).toList();
        return new PageImpl<>(content, pageable, total);
    }
}
