package org.unionaid.payouts;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.unionaid.audit.AuditEntry;
import org.unionaid.audit.AuditTrail;
import org.unionaid.branches.Branches;
import org.unionaid.people.DisbursementAccount;
import org.unionaid.people.PayoutAccountStatus;
import org.unionaid.people.MaskedPayoutAccount;
import org.unionaid.people.People;
import org.unionaid.people.WorkerDirectory;
import org.unionaid.payouts.domain.DisbursementBatch;
import org.unionaid.payouts.domain.DisbursementBatchRepository;
import org.unionaid.shared.BusinessRuleException;
import org.unionaid.shared.excel.Spreadsheets;
import org.unionaid.shared.security.Actor;
import org.unionaid.shared.security.Actors;
import org.unionaid.shared.Money;

/**
 * Disbursement batches: an ADMIN gathers the APPROVED cash payouts of their subtree into a batch (rows locked
 * with {@code FOR UPDATE SKIP LOCKED}, and a payout is in at most one batch by a unique key, so gathering twice
 * or at once never batches a payout twice), downloads the bank file (CSV with a BOM for Excel, or .xlsx) with
 * the full bank accounts (each read audited by the people registry); the bank's result file is imported by
 * {@link BankResults}.
 */
@Service
@Transactional
public class DisbursementBatches {

    static final String READERS = "hasAnyRole('ADMIN', 'AUDITOR')";
    static final List<String> BANK_FILE_HEADERS = List.of("reference", "payee_name", "account_holder", "bank_name",
            "bank_account", "amount", "purpose");
    /** The first cell of the bank file's control row (after the payment rows): count and total of the file. */
    static final String CONTROL = "CONTROL";
    /** UTF-8 byte-order mark, so Excel opens the Chinese names of the CSV correctly. */
    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    /** Rows whose accounts are read, written and stored together when a batch is sent. */
    static final int SEND_CHUNK = 2_000;

    private final DisbursementBatchRepository batches;
    private final People people;
    private final WorkerDirectory workers;
    private final Branches branches;
    private final AuditTrail audit;
    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final jakarta.persistence.EntityManager entityManager;

    DisbursementBatches(DisbursementBatchRepository batches, People people, WorkerDirectory workers,
                        Branches branches, AuditTrail audit, JdbcTemplate jdbc, Clock clock,
                        jakarta.persistence.EntityManager entityManager) {
        this.entityManager = entityManager;
        this.workers = workers;
        this.batches = batches;
        this.people = people;
        this.branches = branches;
        this.audit = audit;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Gathers every APPROVED cash payout of the caller's subtree not being gathered right now into a new batch. */
    @PreAuthorize("hasRole('ADMIN')")
    public BatchView gather() {
        Actor actor = Actors.required();
        String scope = branches.scopeOf(actor.branchId()).likePattern();
        // the APPROVED cash payouts of the subtree (the whole backlog, which this batch takes), then those whose
        // payee's account can be paid now (the registry, one read for all payees), locked; rows a concurrent gather
        // holds are skipped and a payout no longer APPROVED (its account changed meanwhile) is left out
        Map<Long, Long> payeeOf = new LinkedHashMap<>();
        jdbc.query("""
                select p.id, p.payee_worker_id from payout p
                 where p.branch_path like ? and p.state = 'APPROVED' and p.form = 'CASH' order by p.id""",
                rs -> {
                    payeeOf.put(rs.getLong(1), rs.getLong(2));
                }, scope);
        java.util.Set<Long> payable = workers.payable(payeeOf.values());
        Long[] candidates = payeeOf.entrySet().stream().filter(e -> payable.contains(e.getValue()))
                .map(Map.Entry::getKey).toArray(Long[]::new);
        if (candidates.length == 0) {
            throw new BusinessRuleException("batch.gather.nothing");
        }
        // the statement below changes payouts behind the persistence context: whatever the caller's transaction
        // holds is written now and forgotten, so a later read in it sees the batched rows (as a JPQL bulk update
        // with clearAutomatically would)
        entityManager.flush();
        entityManager.clear();
        Instant now = clock.instant();
        DisbursementBatch batch = batches.saveAndFlush(new DisbursementBatch(
                "BATCH-" + String.format("%06d", batches.nextReference()), actor.branchId(), actor.username(),
                now, 0, BigDecimal.ZERO));
        // one statement moves every candidate still APPROVED and not locked by a concurrent gather into the batch
        // (the payout row, its BATCH transition, its batch item), as Payout.addToBatch would one by one; the
        // queue and paid-total summaries follow by their triggers
        List<Gathered> gathered = jdbc.query("""
                with locked as (
                    select p.id from payout p where p.id = any(?) and p.state = 'APPROVED' and p.form = 'CASH'
                     order by p.id for update skip locked),
                moved as (
                    update payout p set state = 'IN_BATCH', batch_id = ?, updated_at = ?, version = p.version + 1
                      from locked where p.id = locked.id
                    returning p.id, p.amount, p.branch_id),
                items as (
                    insert into disbursement_batch_item (batch_id, payout_id, amount)
                    select ?, m.id, m.amount from moved m),
                transitions as (
                    insert into payout_transition (payout_id, from_state, to_state, action, actor, actor_id,
                                                   occurred_at)
                    select m.id, 'APPROVED', 'IN_BATCH', 'BATCH', ?, ?, ? from moved m)
                select m.id, m.amount, m.branch_id from moved m order by m.id""",
                ps -> {
                    ps.setArray(1, ps.getConnection().createArrayOf("bigint", candidates));
                    ps.setLong(2, batch.id());
                    ps.setTimestamp(3, Timestamp.from(now));
                    ps.setLong(4, batch.id());
                    ps.setString(5, actor.username());
                    ps.setObject(6, actor.id());
                    ps.setTimestamp(7, Timestamp.from(now));
                },
                (rs, i) -> new Gathered(rs.getLong(1), rs.getBigDecimal(2), rs.getLong(3)));
        if (gathered.isEmpty()) {
            throw new BusinessRuleException("batch.gather.nothing");
        }
        BigDecimal total = gathered.stream().map(Gathered::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        batch.gathered(gathered.size(), total);
        batches.flush();
        List<AuditEntry> entries = new ArrayList<>(gathered.size() + 1);
        for (Gathered g : gathered) {
            entries.add(AuditEntry.of("Payout", g.id(), "BATCH", g.branchId())
                    .withBefore(Map.of("state", PayoutState.APPROVED))
                    .withAfter(Map.of("state", PayoutState.IN_BATCH, "batchId", batch.id())));
        }
        entries.add(AuditEntry.of("DisbursementBatch", batch.id(), "GATHER", batch.branchId())
                .withAfter(Map.of("reference", batch.reference(), "items", gathered.size(), "total", total,
                        "payoutIds", gathered.stream().map(Gathered::id).toList())));
        audit.recordAll(entries);
        return view(batch);
    }

    @Transactional(readOnly = true)
    @PreAuthorize(READERS)
    public Page<BatchSummary> list(Pageable pageable) {
        String scope = branches.scopeOf(Actors.required().branchId()).likePattern();
        Long total = jdbc.queryForObject("""
                select count(*) from disbursement_batch d join branch b on b.id = d.branch_id where b.path like ?""",
                Long.class, scope);
        int size = Math.min(Math.max(pageable.getPageSize(), 1), 100);
        List<BatchSummary> rows = jdbc.query("""
                select d.id, d.reference, d.branch_id, b.name, d.created_by, d.created_at, d.item_count, d.total,
                       (select count(*) from disbursement_batch_item i where i.batch_id = d.id and i.result = 'PAID'),
                       (select count(*) from disbursement_batch_item i where i.batch_id = d.id and i.result = 'FAILED')
                  from disbursement_batch d join branch b on b.id = d.branch_id where b.path like ?
                 order by d.created_at desc, d.id desc limit ? offset ?""",
                (rs, i) -> new BatchSummary(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getString(4),
                        rs.getString(5), rs.getTimestamp(6).toInstant(), rs.getInt(7), rs.getBigDecimal(8),
                        rs.getLong(9), rs.getLong(10)),
                scope, size, (long) pageable.getPageNumber() * size);
        return new PageImpl<>(rows, PageRequest.of(pageable.getPageNumber(), size), total == null ? 0 : total);
    }

    @Transactional(readOnly = true)
    @PreAuthorize(READERS)
    public BatchView get(long id) {
        return view(load(id));
    }

    /**
     * Sends a GATHERED batch: checks again that every row's account can be paid, writes the bank files (CSV and
     * .xlsx) once from the accounts as they are now, stores them (encrypted, with their SHA-256) and the rows as
     * sent, and moves the batch to SENT. Every later download returns exactly these bytes; the result import
     * matches against these rows only. A batch sent before files were kept gets its files at its first send.
     */
    @PreAuthorize("hasRole('ADMIN')")
    public BatchView send(long id) {
        Actor actor = Actors.required();
        DisbursementBatch batch = loadForUpdate(id);
        if (!batch.needsFiles()) {
            throw new BusinessRuleException("batch.send.alreadySent", batch.reference());
        }
        // the batch's rows (a few fields each), then in chunks: the payees' accounts in one read of the registry,
        // the rows written to both files as they come and the rows as sent stored by one JDBC batch per chunk
        List<BatchRow> rows = jdbc.query("""
                select p.id, p.reference, p.payee_worker_id, p.amount, p.purpose from payout p
                 where p.batch_id = ? order by p.id""",
                (rs, i) -> new BatchRow(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getBigDecimal(4),
                        rs.getString(5)), batch.id());
        List<String> unpayable = new ArrayList<>();
        BigDecimal total = BigDecimal.ZERO;
        int written = 0;
        ByteArrayOutputStream csvBytes = new ByteArrayOutputStream();
        csvBytes.writeBytes(BOM);
        try (Spreadsheets.SheetWriter xlsx = Spreadsheets.writer(batch.reference(), BANK_FILE_HEADERS);
             CSVPrinter csv = new CSVPrinter(new OutputStreamWriter(csvBytes, StandardCharsets.UTF_8),
                     CSVFormat.DEFAULT.builder().setHeader(BANK_FILE_HEADERS.toArray(String[]::new)).get())) {
            for (int from = 0; from < rows.size(); from += SEND_CHUNK) {
                List<BatchRow> chunk = rows.subList(from, Math.min(rows.size(), from + SEND_CHUNK));
                Map<Long, DisbursementAccount> accounts = people.accountsForDisbursement(
                        chunk.stream().map(BatchRow::payeeWorkerId).toList(), batch.reference());
                List<Object[]> sent = new ArrayList<>(chunk.size());
                for (BatchRow p : chunk) {
                    DisbursementAccount account = accounts.get(p.payeeWorkerId());
                    if (account == null || account.status() != PayoutAccountStatus.OK || account.number() == null) {
                        unpayable.add(p.reference());
                        continue;
                    }
                    String holder = Objects.requireNonNull(account.holder());
                    String bank = Objects.requireNonNull(account.bankName());
                    csv.printRecord(p.reference(), Spreadsheets.neutralise(account.workerName()),
                            Spreadsheets.neutralise(holder), Spreadsheets.neutralise(bank), account.number(),
                            p.amount().toPlainString(), Spreadsheets.neutralise(p.purpose()));
                    xlsx.row(List.of(p.reference(), account.workerName(), holder, bank, account.number(),
                            p.amount(), p.purpose()));
                    sent.add(new Object[] {p.reference(), account.workerName(), holder, bank,
                            Objects.requireNonNullElse(account.masked(), ""), p.purpose(), batch.id(), p.id()});
                    total = total.add(p.amount());
                    written++;
                }
                if (unpayable.isEmpty()) {
                    jdbc.batchUpdate("""
                            update disbursement_batch_item set payout_reference = ?, payee_name = ?,
                                   account_holder = ?, bank_name = ?, account_masked = ?, purpose = ?
                             where batch_id = ? and payout_id = ?""", sent);
                }
            }
            if (!unpayable.isEmpty()) {
                throw new BusinessRuleException("batch.send.unpayable", String.join(", ", unpayable));
            }
            List<Object> control = List.of(CONTROL, written, "", "", "", Money.exact(total), batch.reference());
            csv.printRecord(control.stream().map(String::valueOf).toList());
            csv.flush();
            xlsx.row(control);
            batch.send(actor.username(), clock.instant(), csvBytes.toByteArray(), xlsx.finish());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        batches.flush();
        audit.record(AuditEntry.of("DisbursementBatch", batch.id(), "SEND", batch.branchId())
                .withAfter(Map.of("reference", batch.reference(), "items", written, "total", batch.total(),
                        "csvSha256", Objects.requireNonNull(batch.csvSha256()),
                        "xlsxSha256", Objects.requireNonNull(batch.xlsxSha256()))));
        return view(batch);
    }

    /** The bank file as sent: CSV, UTF-8 with a byte-order mark so Excel opens the Chinese names correctly. */
    @PreAuthorize("hasRole('ADMIN')")
    public byte[] bankFileCsv(long id) {
        DisbursementBatch batch = sentBatch(id);
        byte[] bytes = batch.csvBytes();
        auditDownload(batch, "csv", Objects.requireNonNull(batch.csvSha256()));
        return bytes;
    }

    /** The bank file as sent, as .xlsx. */
    @PreAuthorize("hasRole('ADMIN')")
    public byte[] bankFileXlsx(long id) {
        DisbursementBatch batch = sentBatch(id);
        byte[] bytes = batch.xlsxBytes();
        auditDownload(batch, "xlsx", Objects.requireNonNull(batch.xlsxSha256()));
        return bytes;
    }

    private DisbursementBatch sentBatch(long id) {
        DisbursementBatch batch = load(id);
        if (batch.state() == BatchState.GATHERED) {
            throw new BusinessRuleException("batch.file.notSent", batch.reference());
        }
        if (batch.needsFiles()) {
            // a batch sent before the files were kept: its files are written now, once
            send(id);
            batch = load(id);
        }
        return batch;
    }

    private void auditDownload(DisbursementBatch batch, String format, String sha256) {
        audit.record(AuditEntry.of("DisbursementBatch", batch.id(), "DOWNLOAD_BANK_FILE", batch.branchId())
                .withAfter(Map.of("format", format, "sha256", sha256)));
    }

    private record Gathered(long id, BigDecimal amount, long branchId) {
    }

    private record BatchRow(long id, String reference, long payeeWorkerId, BigDecimal amount, String purpose) {
    }

    /** Loads with a row lock, within the caller's subtree (else {@link DisbursementBatchNotFoundException}). */
    DisbursementBatch loadForUpdate(long id) {
        DisbursementBatch batch = batches.findForUpdate(id).orElseThrow(() -> new DisbursementBatchNotFoundException(id));
        if (!branches.covers(Actors.required().branchId(), batch.branchId())) {
            throw new DisbursementBatchNotFoundException(id);
        }
        return batch;
    }

    private DisbursementBatch load(long id) {
        DisbursementBatch batch = batches.findById(id).orElseThrow(() -> new DisbursementBatchNotFoundException(id));
        if (!branches.covers(Actors.required().branchId(), batch.branchId())) {
            throw new DisbursementBatchNotFoundException(id);
        }
        return batch;
    }

    private BatchView view(DisbursementBatch batch) {
        // once sent, the rows as written to the bank file; before, the payees' accounts as they are now (masked,
        // from the registry: one read for the batch's payees)
        record Item(BatchView.Line line, long payeeWorkerId) {
        }
        List<Item> items = jdbc.query("""
                select p.id, coalesce(i.payout_reference, p.reference), i.payee_name, i.account_masked, i.amount,
                       p.state, i.result, i.result_reason, i.account_holder, i.bank_name, p.payee_worker_id
                  from disbursement_batch_item i join payout p on p.id = i.payout_id
                 where i.batch_id = ? order by i.id""", (rs, i) -> new Item(new BatchView.Line(rs.getLong(1),
                rs.getString(2), rs.getString(3), rs.getString(4), rs.getBigDecimal(5),
                PayoutState.valueOf(rs.getString(6)), rs.getString(7), rs.getString(8), rs.getString(9),
                rs.getString(10)), rs.getLong(11)), batch.id());
        Map<Long, MaskedPayoutAccount> accounts = workers.payoutAccountsOf(items.stream()
                .filter(i -> i.line().payeeName() == null).map(Item::payeeWorkerId).toList());
        List<BatchView.Line> lines = items.stream().map(i -> {
            BatchView.Line l = i.line();
            MaskedPayoutAccount now = accounts.get(i.payeeWorkerId());
            if (l.payeeName() != null || now == null) {
                return l;
            }
            return new BatchView.Line(l.payoutId(), l.payoutReference(), now.workerName(),
                    l.bankAccountMasked() != null ? l.bankAccountMasked() : now.masked(), l.amount(), l.state(),
                    l.result(), l.resultReason(), l.accountHolder() != null ? l.accountHolder() : now.holder(),
                    l.bankName() != null ? l.bankName() : now.bankName());
        }).toList();
        long paid = lines.stream().filter(l -> "PAID".equals(l.result())).count();
        long failed = lines.stream().filter(l -> "FAILED".equals(l.result())).count();
        return new BatchView(batch.id(), batch.reference(), batch.branchId(), batch.createdBy(), batch.createdAt(),
                batch.itemCount(), batch.total(), paid, failed, lines, batch.state(), batch.sentBy(), batch.sentAt(),
                batch.csvSha256(), batch.xlsxSha256());
    }
}
