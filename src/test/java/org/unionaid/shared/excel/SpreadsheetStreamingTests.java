package org.unionaid.shared.excel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.unionaid.shared.excel.TableReadException.Reason;

/** The streaming .xlsx reader of the imports: row limit, gaps, numbers, zip bombs, XXE. */
class SpreadsheetStreamingTests {

    private static byte[] workbook(int dataRows) {
        List<List<?>> rows = new ArrayList<>();
        for (int i = 0; i < dataRows; i++) {
            rows.add(List.of("张" + i, "1380013" + String.format("%04d", i)));
        }
        return Spreadsheets.write("名单", List.of("姓名", "电话"), rows);
    }

    @Test
    void rowsUpToTheLimitAreRead() {
        List<List<String>> rows = Spreadsheets.rows(workbook(5), 5);
        assertThat(rows).hasSize(6);
        assertThat(rows.get(0)).containsExactly("姓名", "电话");
        assertThat(rows.get(5)).containsExactly("张4", "13800130004");
    }

    @Test
    void oneRowMoreThanTheLimitIsRefusedWithTheFigure() {
        assertThatThrownBy(() -> Spreadsheets.rows(workbook(6), 5))
                .isInstanceOfSatisfying(TableReadException.class, e -> {
                    assertThat(e.reason()).isEqualTo(Reason.TOO_MANY_ROWS);
                    assertThat(e.limit()).isEqualTo(5);
                    assertThat(e.args()).containsExactly("5");
                });
        // the lenient read used by exports' tests gives the rows up to one past the limit
        assertThat(Spreadsheets.read(workbook(20), 5)).hasSize(6);
    }

    @Test
    void emptyRowsInBetweenKeepTheRowNumbersAndTrailingOnesDoNotCount() throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("s");
            sheet.createRow(0).createCell(0).setCellValue("姓名");
            sheet.createRow(3).createCell(1).setCellValue("𠮷野家");
            sheet.getRow(3).createCell(2).setCellValue(13800138000d);
            org.apache.poi.ss.usermodel.CellStyle bold = workbook.createCellStyle();
            for (int r = 4; r < 50; r++) {
                Row empty = sheet.createRow(r);
                empty.createCell(0).setCellStyle(bold); // formatted, no value: Excel's "empty" rows
            }
            workbook.write(out);
            List<List<String>> rows = Spreadsheets.rows(out.toByteArray(), 3);
            assertThat(rows).hasSize(4);
            assertThat(rows.get(1)).isEmpty();
            assertThat(rows.get(3)).containsExactly("", "𠮷野家", "13800138000");
        }
    }

    @Test
    void aZipBombIsRefusedBeforeItIsUnpacked() {
        byte[] bytes = HostileWorkbooks.zipBomb(300); // 300 MB of spaces in the sheet
        assertThat(bytes.length).isLessThan(2 * 1024 * 1024);
        long before = usedHeap();
        assertThatThrownBy(() -> Spreadsheets.rows(bytes, 100))
                .isInstanceOfSatisfying(TableReadException.class, e -> {
                    assertThat(e.reason()).isEqualTo(Reason.TOO_LARGE);
                    assertThat(e.messageKey()).isEqualTo("file.workbook.tooLarge");
                    assertThat(e.args()).containsExactly(String.valueOf(Spreadsheets.MAX_UNPACKED_MB));
                });
        assertThat(usedHeap() - before).as("heap growth").isLessThan(100L * 1024 * 1024);
    }

    @Test
    void aSheetWithADoctypeAndAnExternalEntityIsRefusedAndTheEntityNeverRead() throws IOException {
        Path secret = Files.createTempFile("unionaid-xxe-", ".txt");
        Files.writeString(secret, "SECRET-CONTENT");
        try {
            byte[] evil = HostileWorkbooks.externalEntity(secret);
            assertThat(Spreadsheets.rows(HostileWorkbooks.plain(), 10)).containsExactly(List.of("姓名"), List.of("张0"));
            assertThatThrownBy(() -> Spreadsheets.rows(evil, 100))
                    .isInstanceOfSatisfying(TableReadException.class,
                            e -> assertThat(e.reason()).isEqualTo(Reason.NOT_A_TABLE));
            assertThat(Spreadsheets.read(evil, 100)).isNull();
        } finally {
            Files.deleteIfExists(secret);
        }
    }

    @Test
    void bytesThatAreNoWorkbookAreNotATable() {
        assertThatThrownBy(() -> Spreadsheets.rows("name,id\n".getBytes(StandardCharsets.UTF_8), 10))
                .isInstanceOfSatisfying(TableReadException.class,
                        e -> assertThat(e.reason()).isEqualTo(Reason.NOT_A_TABLE));
        assertThatThrownBy(() -> Spreadsheets.rows(new byte[0], 10)).isInstanceOf(TableReadException.class);
    }

    private static long usedHeap() {
        Runtime runtime = Runtime.getRuntime();
        return runtime.totalMemory() - runtime.freeMemory();
    }
}
