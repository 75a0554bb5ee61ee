package org.unionaid.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.unionaid.mutualaid.BenefitBasis;
import org.unionaid.mutualaid.BenefitRule;
import org.unionaid.mutualaid.CountedAmounts;
import org.unionaid.mutualaid.StaffLists;
import org.unionaid.mutualaid.MutualAidPlans;
import org.unionaid.mutualaid.PlanDetails;
import org.unionaid.mutualaid.PlanType;
import org.unionaid.mutualaid.PlanView;
import org.unionaid.payouts.BatchView;
import org.unionaid.payouts.DisbursementBatches;
import org.unionaid.people.TestPeople;
import org.unionaid.shared.crypto.FieldCipher;
import org.unionaid.support.IntegrationTestSupport;
import org.unionaid.support.SignedIn;

/**
 * Bulk work at scale (issue 10, point 7): an employer's staff list of 10,000 rows (CSV and .xlsx) enrolled through
 * {@link StaffLists#importStaffList}, and a disbursement batch of 50,000 approved cash payouts gathered, sent (bank
 * files written and frozen) and downloaded through {@link DisbursementBatches} as the demo users. Prints the time
 * and the JVM heap in use (before / peak / after, sampled every 20 ms) of each step and writes
 * {@code target/bench/bulk.md}. Runs only with {@code ./mvnw -Pbench verify}; asserts nothing about time.
 *
 * <p>System properties: {@code bench.staffRows} (default 10,000), {@code bench.batchPayouts} (default 50,000).
 */
class BulkWorkBenchmark extends IntegrationTestSupport {

    private static final Logger log = LoggerFactory.getLogger(BulkWorkBenchmark.class);

    @Autowired
    UserDetailsService users;
    @Autowired
    StaffLists staffLists;
    @Autowired
    MutualAidPlans plans;
    @Autowired
    DisbursementBatches batches;
    @Autowired
    FieldCipher cipher;

    private record Figure(String what, long millis, long heapBefore, long heapPeak, long heapAfter, String outcome) {
    }

    @Test
    void staffListsAndDisbursementBatchesAtScale() throws IOException {
        int staffRows = Integer.getInteger("bench.staffRows", 10_000);
        int batchPayouts = Integer.getInteger("bench.batchPayouts", 50_000);
        List<Figure> figures = new ArrayList<>();

        // a warm-up list first (not measured), so the figures are a running server's, not the JIT compiler's
        PlanView warmUp = plan("BK0");
        byte[] warmUpCsv = staffCsv(Math.min(staffRows, 1_000), warmUp.code());
        SignedIn.as(users, "employer", () -> staffLists.importStaffList(warmUpCsv, "warm-up.csv").size());

        PlanView csvPlan = plan("BK1");
        PlanView xlsxPlan = plan("BK2");
        byte[] csv = staffCsv(staffRows, csvPlan.code());
        byte[] xlsx = staffXlsx(staffRows, xlsxPlan.code());
        figures.add(measure("staff list CSV, %,d rows (StaffLists.importStaffList)".formatted(staffRows), () ->
                SignedIn.as(users, "employer", () -> staffLists.importStaffList(csv, "staff.csv").size()) + " enrolled"));
        figures.add(measure("staff list .xlsx, %,d rows (StaffLists.importStaffList)".formatted(staffRows), () ->
                SignedIn.as(users, "employer", () -> staffLists.importStaffList(xlsx, "staff.xlsx").size()) + " enrolled"));

        // 50,000 approved cash payouts in the admin's city, to the staff just enrolled, each with a payable account
        String account = cipher.encrypt("6222020200112233445");
        jdbc.update("""
                update worker w set bank_name = '中国工商银行', bank_account_holder = w.name, bank_account_enc = ?,
                       bank_account_masked = '6222 **** **** 3445', payout_account_status = 'OK'
                 where w.id in (select e.worker_id from mutualaid_enrolment e where e.plan_id in (?, ?))""",
                account, csvPlan.id(), xlsxPlan.id());
        long seed = System.currentTimeMillis() % 100_000_000L;
        int inserted = jdbc.update("""
                with w as (select e.worker_id id, row_number() over (order by e.worker_id) rn, count(*) over () n
                             from mutualaid_enrolment e where e.plan_id in (?, ?)),
                     cw as (select id, username from user_account where username = 'caseworker'),
                     a2 as (select id from user_account where username = 'admin2')
                insert into payout (reference, source_type, source_id, branch_id, payee_worker_id, form, amount, purpose,
                    state, proposed_by, proposed_by_name, proposed_at, approved_by, approved_at, funding_committed)
                select 'BK' || ? || '-' || g, 'PLAN_MEASURE', 2000000000 + ? * 100000 + g, wk.branch_id, w.id, 'CASH',
                       100 + g % 900, '帮扶金 bulk', 'APPROVED', cw.id, cw.username, now(), a2.id, now(), true
                  from generate_series(1, ?) g
                  join w on w.rn = 1 + g % w.n
                  join worker wk on wk.id = w.id, cw, a2""",
                csvPlan.id(), xlsxPlan.id(), seed, seed, batchPayouts);
        jdbc.execute("analyze payout");
        long[] batchId = new long[1];
        figures.add(measure("gather a batch of %,d approved payouts (DisbursementBatches.gather)".formatted(inserted),
                () -> SignedIn.as(users, "admin", () -> {
                    BatchView batch = batches.gather();
                    batchId[0] = batch.id();
                    return batch.itemCount() + " items, " + batch.total() + " CNY";
                })));
        figures.add(measure("send it: bank files written and frozen (DisbursementBatches.send)", () ->
                SignedIn.as(users, "admin", () -> batches.send(batchId[0]).state().name())));
        figures.add(measure("download the bank file, CSV", () ->
                SignedIn.as(users, "admin", () -> batches.bankFileCsv(batchId[0]).length / 1024 + " KB")));
        figures.add(measure("download the bank file, .xlsx", () ->
                SignedIn.as(users, "admin", () -> batches.bankFileXlsx(batchId[0]).length / 1024 + " KB")));

        StringBuilder md = new StringBuilder("| bulk work | ms | heap before / peak / after MB | outcome |\n"
                + "|---|---:|---|---|\n");
        for (Figure f : figures) {
            md.append("| %s | %,d | %d / %d / %d | %s |%n".formatted(f.what(), f.millis(), mb(f.heapBefore()),
                    mb(f.heapPeak()), mb(f.heapAfter()), f.outcome()));
        }
        md.append("%nJVM max heap %d MB, %d processors, PostgreSQL %s, load average %.2f at the end.%n".formatted(
                mb(Runtime.getRuntime().maxMemory()), Runtime.getRuntime().availableProcessors(),
                jdbc.queryForObject("show server_version", String.class),
                java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage()));
        Path out = Path.of("target", "bench");
        Files.createDirectories(out);
        Files.writeString(out.resolve("bulk.md"), md.toString());
        log.info("Bulk work figures:\n{}", md);
        System.out.println("\n# Bulk work\n\n" + md);
    }

    private PlanView plan(String prefix) {
        String code = prefix + (System.nanoTime() % 1_000_000);
        BenefitRule rule = new BenefitRule(BenefitBasis.RATE, CountedAmounts.MINUS_BASIC_INSURANCE,
                new BigDecimal("1000.00"), new BigDecimal("60"), null, new BigDecimal("20000.00"),
                new BigDecimal("30000.00"), 5, 180);
        return SignedIn.as(users, "admin", () -> plans.create(new PlanDetails(code, "批量互助 " + code,
                PlanType.HOSPITALISATION, LocalDate.of(2025, 1, 1), LocalDate.of(2027, 12, 31),
                new BigDecimal("60.00"), 90, true), rule));
    }

    private static byte[] staffCsv(int rows, String plan) {
        StringBuilder csv = new StringBuilder("姓名,身份证号,电话,计划编号\n");
        for (int r = 1; r <= rows; r++) {
            csv.append("职工").append(r).append(',').append(TestPeople.freshNationalId()).append(",139")
                    .append("%08d".formatted(r)).append(',').append(plan).append('\n');
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] staffXlsx(int rows, String plan) {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(null, 500, true, true);
             ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("名单");
            Row header = sheet.createRow(0);
            List<String> headers = List.of("姓名", "身份证号", "电话", "计划编号");
            for (int c = 0; c < headers.size(); c++) {
                header.createCell(c).setCellValue(headers.get(c));
            }
            for (int r = 1; r <= rows; r++) {
                Row cells = sheet.createRow(r);
                cells.createCell(0).setCellValue("表工" + r);
                cells.createCell(1).setCellValue(TestPeople.freshNationalId());
                cells.createCell(2).setCellValue("137" + "%08d".formatted(r));
                cells.createCell(3).setCellValue(plan);
            }
            workbook.write(out);
            workbook.dispose();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Figure measure(String what, Supplier<String> action) {
        System.gc();
        long before = ImportMemoryBenchmark.heap();
        AtomicLong peak = new AtomicLong(before);
        AtomicBoolean running = new AtomicBoolean(true);
        Thread sampler = new Thread(() -> {
            while (running.get()) {
                peak.accumulateAndGet(ImportMemoryBenchmark.heap(), Math::max);
                try {
                    Thread.sleep(20);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "heap-sampler");
        sampler.start();
        long started = System.nanoTime();
        String outcome;
        try {
            outcome = action.get();
        } catch (RuntimeException e) {
            outcome = "failed: " + e;
            log.warn("{} failed", what, e);
        }
        long millis = (System.nanoTime() - started) / 1_000_000;
        running.set(false);
        try {
            sampler.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        System.gc();
        Figure figure = new Figure(what, millis, before, peak.get(), ImportMemoryBenchmark.heap(), outcome);
        log.info("{}", figure);
        return figure;
    }

    private static long mb(long bytes) {
        return bytes / 1_048_576;
    }
}
