package org.unionaid.bench;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.unionaid.hardship.ScreeningListImport;
import org.unionaid.mutualaid.StaffLists;
import org.unionaid.mutualaid.StaffListRejectedException;
import org.unionaid.shared.excel.Spreadsheets;
import org.unionaid.support.IntegrationTestSupport;
import org.unionaid.support.SignedIn;

/**
 * Memory of the imports on files far over the row limit (issue 15): a 200,000-row staff list (.xlsx with
 * shared strings, as Excel writes it, and CSV) and a 200,000-row screening list go through the real facades
 * as the demo users; a sampling thread reads the process's resident memory ({@code VmRSS} of
 * {@code /proc/self/status}) and the JVM heap in use every 20 ms. Prints before / peak during / after for
 * each, and for comparison POI's usermodel (the reader before the change) on the same workbook and the
 * streaming reader on a file of exactly the limit. Writes {@code target/bench/imports.md}. Runs only with
 * {@code -Pbench}; asserts nothing about time or memory.
 */
class ImportMemoryBenchmark extends IntegrationTestSupport {

    private static final Logger log = LoggerFactory.getLogger(ImportMemoryBenchmark.class);
    private static final int ROWS = Integer.getInteger("bench.importRows", 200_000);

    @Autowired
    UserDetailsService users;
    @Autowired
    StaffLists staffLists;
    @Autowired
    ScreeningListImport screeningList;

    record Figure(String what, long fileBytes, long rssBefore, long rssPeak, long rssAfter, long heapBefore,
                  long heapPeak, long heapAfter, long millis, String outcome) {
    }

    @Test
    void importsOfFilesFarOverTheLimitStayInConstantMemory() throws IOException {
        List<Figure> figures = new ArrayList<>();
        byte[] staffXlsx = workbook(ROWS, 4, r -> List.of("职工" + r, nationalId(r), "139" + String.format("%08d", r),
                "PLAN-" + (r % 7)));
        byte[] staffCsv = csv(ROWS);
        byte[] screening = workbook(ROWS, 6, r -> List.of("户主" + r, nationalId(r), "139" + String.format("%08d", r),
                "雁塔区某街道" + r + "号", "患病，收入低于低保标准" + r, "SN-XA-YT"));
        log.info("files: staff list xlsx {} bytes, csv {} bytes, screening list {} bytes", staffXlsx.length,
                staffCsv.length, screening.length);

        figures.add(measure("staff list .xlsx, " + ROWS + " rows (StaffLists.importStaffList)", staffXlsx.length,
                () -> staffList(staffXlsx, "staff.xlsx")));
        figures.add(measure("staff list CSV, " + ROWS + " rows (StaffLists.importStaffList)", staffCsv.length,
                () -> staffList(staffCsv, "staff.csv")));
        figures.add(measure("screening list .xlsx, " + ROWS + " rows (ScreeningListImport.importFile)",
                screening.length, () -> SignedIn.as(users, "caseworker", () -> {
                    ScreeningListImport.Outcome outcome = screeningList.importFile(screening);
                    return outcome.problems().isEmpty() ? "imported" : outcome.problems().get(0).messageKey() + " "
                            + java.util.Arrays.toString(outcome.problems().get(0).args());
                })));
        byte[] atLimit = workbook(50_000, 4, r -> List.of("职工" + r, nationalId(r), "139" + String.format("%08d", r),
                "PLAN-1"));
        figures.add(measure("streaming reader, staff list of exactly 50,000 rows (Spreadsheets.rows)", atLimit.length,
                () -> Spreadsheets.rows(atLimit, 50_000).size() + " rows read"));
        figures.add(measure("before the change: POI usermodel (WorkbookFactory) on the 200,000-row staff list",
                staffXlsx.length, () -> {
                    try (var workbook = WorkbookFactory.create(new ByteArrayInputStream(staffXlsx))) {
                        return (workbook.getSheetAt(0).getLastRowNum() + 1) + " rows in memory";
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }));

        StringBuilder md = new StringBuilder("| import | file MB | RSS before / peak / after MB | heap before / peak "
                + "/ after MB | ms | outcome |\n|---|---:|---|---|---:|---|\n");
        for (Figure f : figures) {
            md.append(String.format("| %s | %.1f | %d / %d / %d | %d / %d / %d | %d | %s |%n", f.what(),
                    f.fileBytes() / 1048576.0, mb(f.rssBefore()), mb(f.rssPeak()), mb(f.rssAfter()),
                    mb(f.heapBefore()), mb(f.heapPeak()), mb(f.heapAfter()), f.millis(), f.outcome()));
        }
        md.append(String.format("%nJVM max heap %d MB, %d processors.%n", mb(Runtime.getRuntime().maxMemory()),
                Runtime.getRuntime().availableProcessors()));
        log.info("Import memory figures:\n{}", md);
        Path out = Path.of("target", "bench");
        Files.createDirectories(out);
        Files.writeString(out.resolve("imports.md"), md.toString());
        System.out.println(md);
    }

    private String staffList(byte[] bytes, String name) {
        return SignedIn.as(users, "employer", () -> {
            try {
                return staffLists.importStaffList(bytes, name).size() + " enrolled";
            } catch (StaffListRejectedException e) {
                return e.problems().get(0).key() + " " + e.problems().get(0).args();
            }
        });
    }

    private static Figure measure(String what, long fileBytes, Supplier<String> action) {
        settle();
        long rssBefore = rss();
        long heapBefore = heap();
        AtomicLong rssPeak = new AtomicLong(rssBefore);
        AtomicLong heapPeak = new AtomicLong(heapBefore);
        AtomicBoolean running = new AtomicBoolean(true);
        Thread sampler = new Thread(() -> {
            while (running.get()) {
                rssPeak.accumulateAndGet(rss(), Math::max);
                heapPeak.accumulateAndGet(heap(), Math::max);
                try {
                    Thread.sleep(20);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "memory-sampler");
        sampler.start();
        long started = System.nanoTime();
        String outcome;
        try {
            outcome = action.get();
        } catch (RuntimeException | OutOfMemoryError e) {
            outcome = e.getClass().getSimpleName() + ": " + e.getMessage();
        }
        long millis = (System.nanoTime() - started) / 1_000_000;
        running.set(false);
        try {
            sampler.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        rssPeak.accumulateAndGet(rss(), Math::max);
        heapPeak.accumulateAndGet(heap(), Math::max);
        settle();
        Figure figure = new Figure(what, fileBytes, rssBefore, rssPeak.get(), rss(), heapBefore, heapPeak.get(), heap(),
                millis, outcome);
        log.info("{}", figure);
        return figure;
    }

    private static void settle() {
        for (int i = 0; i < 3; i++) {
            System.gc();
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** Resident memory of this process in bytes, from /proc/self/status (0 where there is no /proc). */
    static long rss() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", "")) * 1024;
                }
            }
        } catch (IOException | RuntimeException e) {
            return 0;
        }
        return 0;
    }

    static long heap() {
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private static long mb(long bytes) {
        return bytes / 1_048_576;
    }

    private static String nationalId(int r) {
        return "610103" + (19500101 + (r % 28)) + String.format("%03d", r % 1000) + "X";
    }

    /** A workbook as Excel writes it: shared strings, a header row, then the rows. */
    private static byte[] workbook(int rows, int columns, java.util.function.IntFunction<List<String>> row) {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(null, 500, true, true);
             ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("名单");
            Row header = sheet.createRow(0);
            for (int c = 0; c < columns; c++) {
                header.createCell(c).setCellValue("列" + c);
            }
            for (int r = 1; r <= rows; r++) {
                Row cells = sheet.createRow(r);
                List<String> values = row.apply(r);
                for (int c = 0; c < values.size(); c++) {
                    cells.createCell(c).setCellValue(values.get(c));
                }
            }
            workbook.write(out);
            workbook.dispose();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] csv(int rows) {
        StringBuilder csv = new StringBuilder("姓名,身份证号,电话,计划编号\n");
        for (int r = 1; r <= rows; r++) {
            csv.append("职工").append(r).append(',').append(nationalId(r)).append(",139")
                    .append(String.format("%08d", r)).append(",PLAN-").append(r % 7).append('\n');
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }
}
