package org.unionaid.payouts;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.unionaid.audit.AuditEntry;
import org.unionaid.audit.AuditTrail;
import org.unionaid.branches.Branches;
import org.unionaid.documents.DocumentKind;
import org.unionaid.documents.Documents;
import org.unionaid.documents.StoreDocument;
import org.unionaid.people.WorkerCard;
import org.unionaid.people.WorkerDirectory;
import org.unionaid.shared.BusinessRuleException;
import org.unionaid.shared.Money;
import org.unionaid.shared.RecordNotFoundException;
import org.unionaid.shared.security.Actor;
import org.unionaid.shared.security.Actors;
import org.unionaid.shared.security.Resource;
import org.unionaid.shared.time.Times;

/**
 * One ledger of all aid a household received (docs/design.md §5: aid must not be paid twice for the same need):
 * every union payout to its worker — programme awards, mutual-aid benefits, assistance-plan measures, in cash or in
 * kind, with programme and funders — and the aid from outside a caseworker records with its evidence (government
 * assistance, other organisations). The worker reads their own; staff who read the worker registry read those of
 * their subtree; CASEWORKERs of the subtree record outside aid. Programme rules ask it how often a household was
 * awarded and whether a need was funded elsewhere ({@link #awardsSince}, {@link #fundedElsewhere}).
 */
@Service
@Transactional
public class BenefitLedger {

    static final String ENTITY = "OutsideAid";
    static final String DOCUMENT_OWNER = "OUTSIDE_AID";
    /** A household's ledger holds years of aid, not thousands of lines; more is cut (and said so on the page). */
    static final int MAX_ENTRIES = 2000;

    private final JdbcTemplate jdbc;
    private final WorkerDirectory workers;
    private final Branches branches;
    private final ProgrammeOwners programmes;
    private final Documents documents;
    private final AuditTrail audit;
    private final Times times;

    private final org.springframework.beans.factory.ObjectProvider<LedgerContributions> contributions;

    BenefitLedger(JdbcTemplate jdbc, WorkerDirectory workers, Branches branches, ProgrammeOwners programmes,
                  Documents documents, AuditTrail audit, Times times,
                  org.springframework.beans.factory.ObjectProvider<LedgerContributions> contributions) {
        this.contributions = contributions;
        this.jdbc = jdbc;
        this.workers = workers;
        this.branches = branches;
        this.programmes = programmes;
        this.documents = documents;
        this.audit = audit;
        this.times = times;
    }

    /** The household's ledger: the worker themself, or staff who read the registry in the worker's subtree. */
    @Transactional(readOnly = true)
    public BenefitLedgerView ledger(long workerId) {
        WorkerCard worker = visible(workerId);
        List<LedgerEntry> entries = new ArrayList<>();
        Map<Long, String> funders = new LinkedHashMap<>();
        jdbc.query("""
                select p.id, string_agg(s.name, ' / ' order by s.name) from payout p
                  join payout_funding pf on pf.payout_id = p.id join funding_source s on s.id = pf.funding_source_id
                 where p.payee_worker_id = ? group by p.id""",
                rs -> { funders.put(rs.getLong(1), rs.getString(2)); }, workerId);
        List<Object[]> payouts = jdbc.query("""
                select id, reference, state, source_type, programme_id, purpose, form, amount, item, paid_at,
                       delivered_on, proposed_at
                  from payout where payee_worker_id = ? order by proposed_at desc, id desc limit ?""",
                (rs, n) -> new Object[] {rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getObject(5, Long.class), rs.getString(6), rs.getString(7), rs.getBigDecimal(8),
                        rs.getString(9), rs.getTimestamp(10), rs.getObject(11, LocalDate.class), rs.getTimestamp(12)},
                workerId, MAX_ENTRIES);
        Map<Long, String> names = programmes.namesOf(payouts.stream().map(r -> (Long) r[4])
                .filter(java.util.Objects::nonNull).distinct().toList());
        for (Object[] r : payouts) {
            PayoutState state = PayoutState.valueOf((String) r[2]);
            Long programmeId = (Long) r[4];
            LocalDate date = r[10] != null ? (LocalDate) r[10] : r[9] != null
                    ? times.dateOf(((Timestamp) r[9]).toInstant()) : times.dateOf(((Timestamp) r[11]).toInstant());
            entries.add(new LedgerEntry(LedgerKind.of(PayoutSourceType.valueOf((String) r[3])), (Long) r[0],
                    (String) r[1], state, programmeId, programmeId == null ? null : names.get(programmeId),
                    (String) r[5], PayoutKind.valueOf((String) r[6]), (BigDecimal) r[7], (String) r[8], date,
                    funders.getOrDefault((Long) r[0], ""), null, null, null, state == PayoutState.PAID));
        }
        List<Object[]> outside = jdbc.query("""
                select id, kind, purpose, provider, description, amount, received_on from outside_aid
                 where worker_id = ? order by received_on desc, id desc limit ?""",
                (rs, n) -> new Object[] {rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getBigDecimal(6), rs.getObject(7, LocalDate.class)}, workerId, MAX_ENTRIES);
        Map<Long, Long> evidence = new LinkedHashMap<>();
        documents.listFor(DOCUMENT_OWNER, outside.stream().map(r -> (Long) r[0]).toList())
                .forEach(d -> evidence.putIfAbsent(d.ownerId(), d.id()));
        for (Object[] r : outside) {
            long id = (Long) r[0];
            String description = (String) r[4];
            entries.add(new LedgerEntry(LedgerKind.of(OutsideAidKind.valueOf((String) r[1])), null, null, null,
                    null, null, r[3] + (description == null ? "" : " · " + description), null, (BigDecimal) r[5],
                    null, (LocalDate) r[6], (String) r[3], id, AidPurpose.valueOf((String) r[2]), evidence.get(id),
                    true));
        }
        contributions.orderedStream().forEach(c -> entries.addAll(c.entriesOf(workerId)));
        entries.sort(Comparator.comparing(LedgerEntry::date).reversed());
        return new BenefitLedgerView(workerId, worker.name(), entries, totals(entries));
    }

    private static List<LedgerYearTotal> totals(List<LedgerEntry> entries) {
        Map<Integer, Map<LedgerKind, BigDecimal[]>> byYear = new TreeMap<>(Comparator.reverseOrder());
        for (LedgerEntry e : entries) {
            if (!e.counted()) {
                continue;
            }
            BigDecimal[] sum = byYear.computeIfAbsent(e.date().getYear(), y -> new EnumMap<>(LedgerKind.class))
                    .computeIfAbsent(e.kind(), k -> new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO});
            sum[0] = sum[0].add(BigDecimal.ONE);
            sum[1] = sum[1].add(e.amount());
        }
        List<LedgerYearTotal> totals = new ArrayList<>();
        byYear.forEach((year, kinds) -> kinds.forEach((kind, sum) ->
                totals.add(new LedgerYearTotal(year, kind, sum[0].intValue(), Money.round(sum[1])))));
        return totals;
    }

    /** Records aid from outside the union for the household, with its evidence; audited. */
    @PreAuthorize("hasRole('CASEWORKER')")
    public long recordOutsideAid(RecordOutsideAid command) {
        WorkerCard worker = visible(command.workerId());
        Actor actor = Actors.required();
        String provider = command.provider() == null ? "" : command.provider().strip();
        if (provider.isEmpty()) {
            throw new BusinessRuleException("ledger.provider.required");
        }
        if (command.amount() == null || command.amount().signum() <= 0) {
            throw new BusinessRuleException("ledger.amount.invalid");
        }
        if (command.receivedOn() == null || command.receivedOn().isAfter(times.today())) {
            throw new BusinessRuleException("ledger.receivedOn.invalid");
        }
        if (command.evidence() != null && command.evidence().length > 0) {
            documents.check(command.evidence(), String.valueOf(command.evidenceName()));
        }
        String description = command.description() == null || command.description().isBlank() ? null
                : command.description().strip();
        Instant now = times.now();
        Long id = jdbc.queryForObject("""
                insert into outside_aid (worker_id, branch_id, branch_path, kind, purpose, provider, description,
                                         amount, received_on, recorded_by, recorded_at)
                values (?, ?, '', ?, ?, ?, ?, ?, ?, ?, ?) returning id""", Long.class, worker.id(), worker.branchId(),
                command.kind().name(), command.purpose().name(), provider, description, Money.round(command.amount()),
                command.receivedOn(), actor.username(), Timestamp.from(now));
        long aidId = java.util.Objects.requireNonNull(id);
        if (command.evidence() != null && command.evidence().length > 0) {
            documents.store(new StoreDocument(DOCUMENT_OWNER, aidId, worker.branchId(), worker.id(),
                    DocumentKind.OTHER, String.valueOf(command.evidenceName()), command.evidence()));
        }
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("workerId", worker.id());
        after.put("kind", command.kind());
        after.put("purpose", command.purpose());
        after.put("provider", provider);
        after.put("amount", Money.round(command.amount()).toPlainString());
        after.put("receivedOn", command.receivedOn().toString());
        audit.record(AuditEntry.of(ENTITY, aidId, "RECORD", worker.branchId()).withAfter(after));
        return aidId;
    }

    /**
     * How many awards of these programmes the household received since the day (payouts of applications that
     * were not rejected, cancelled or failed): the "at most N times per period" rule.
     */
    @Transactional(readOnly = true)
    public int awardsSince(long workerId, Collection<Long> programmeIds, LocalDate since) {
        if (programmeIds.isEmpty()) {
            return 0;
        }
        Integer count = jdbc.queryForObject("""
                select count(*) from payout where payee_worker_id = ? and source_type = 'APPLICATION'
                   and programme_id = any(?) and state not in ('REJECTED', 'CANCELLED', 'FAILED') and proposed_at >= ?""",
                Integer.class, workerId, programmeIds.toArray(Long[]::new), Timestamp.from(times.startOf(since)));
        return count == null ? 0 : count;
    }

    /**
     * What funded the same need since the day: outside aid of the purpose, and awards of the other programmes of
     * the same kind (not rejected, cancelled or failed). Each line says what, when and how much, for the reason of
     * the "not if funded elsewhere" rule.
     */
    @Transactional(readOnly = true)
    public List<String> fundedElsewhere(long workerId, AidPurpose purpose, Collection<Long> otherProgrammeIds,
                                        LocalDate since) {
        List<String> lines = new ArrayList<>(jdbc.query("""
                select provider, received_on, amount from outside_aid
                 where worker_id = ? and purpose = ? and received_on >= ? order by received_on""",
                (rs, n) -> rs.getString(1) + " " + rs.getObject(2, LocalDate.class) + " " + rs.getBigDecimal(3)
                        .toPlainString(), workerId, purpose.name(), since));
        if (!otherProgrammeIds.isEmpty()) {
            List<Object[]> awards = jdbc.query("""
                    select programme_id, reference, amount, proposed_at from payout
                     where payee_worker_id = ? and source_type = 'APPLICATION' and programme_id = any(?)
                       and state not in ('REJECTED', 'CANCELLED', 'FAILED') and proposed_at >= ? order by proposed_at""",
                    (rs, n) -> new Object[] {rs.getLong(1), rs.getString(2), rs.getBigDecimal(3), rs.getTimestamp(4)},
                    workerId, otherProgrammeIds.toArray(Long[]::new), Timestamp.from(times.startOf(since)));
            Map<Long, String> names = programmes.namesOf(awards.stream().map(a -> (Long) a[0]).distinct().toList());
            for (Object[] a : awards) {
                lines.add(names.getOrDefault((Long) a[0], "") + " " + a[1] + " "
                        + times.dateOf(((Timestamp) a[3]).toInstant()) + " " + ((BigDecimal) a[2]).toPlainString());
            }
        }
        return lines;
    }

    /** Throws RecordNotFoundException unless the caller may read the household's ledger. */
    void checkVisible(long workerId) {
        visible(workerId);
    }

    private WorkerCard visible(long workerId) {
        Actor actor = Actors.required();
        WorkerCard worker = workers.card(workerId).orElseThrow(() -> new RecordNotFoundException("Worker", workerId));
        boolean own = actor.workerId() != null && actor.workerId() == workerId;
        boolean staff = Resource.WORKER.readsAsStaff(actor) && branches.covers(actor.branchId(), worker.branchId());
        if (!own && !staff) {
            throw new RecordNotFoundException("Worker", workerId);
        }
        return worker;
    }

    /** For a caller without a worker id: the ledger of the signed-in worker. */
    @Transactional(readOnly = true)
    public @Nullable BenefitLedgerView mine() {
        Long workerId = Actors.required().workerId();
        return workerId == null ? null : ledger(workerId);
    }
}
