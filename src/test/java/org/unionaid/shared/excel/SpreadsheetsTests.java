package org.unionaid.shared.excel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class SpreadsheetsTests {

    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

    private static Row written(List<?> values) throws IOException {
        byte[] bytes = Spreadsheets.write("Sheet", List.of("a", "b", "c", "d", "e", "f", "g", "h"),
                List.of(values), BEIJING);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            return workbook.getSheetAt(0).getRow(1);
        }
    }

    @Test
    void moneyIsANumberCellWithTwoDecimalsAndCountsAreIntegerCells() throws IOException {
        Row row = written(List.of(new BigDecimal("1200.00"), new BigDecimal("-35.50"), 42L, 7, (short) 3));
        Cell money = row.getCell(0);
        assertThat(money.getCellType()).isEqualTo(CellType.NUMERIC);
        assertThat(money.getNumericCellValue()).isEqualTo(1200.0);
        assertThat(money.getCellStyle().getDataFormatString()).isEqualTo("#,##0.00");
        Cell negative = row.getCell(1);
        assertThat(negative.getCellType()).isEqualTo(CellType.NUMERIC);
        assertThat(negative.getNumericCellValue()).isEqualTo(-35.5);
        for (int i = 2; i <= 4; i++) {
            assertThat(row.getCell(i).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(row.getCell(i).getCellStyle().getDataFormatString()).isEqualTo("0");
        }
        assertThat(row.getCell(2).getNumericCellValue()).isEqualTo(42);
    }

    @Test
    void datesAreDateCellsAndInstantsAreDateTimesInTheZone() throws IOException {
        Row row = written(List.of(LocalDate.of(2026, 12, 1), Instant.parse("2026-12-01T21:58:30Z"),
                LocalDateTime.of(2026, 1, 2, 3, 4)));
        Cell date = row.getCell(0);
        assertThat(date.getCellType()).isEqualTo(CellType.NUMERIC);
        assertThat(DateUtil.isCellDateFormatted(date)).isTrue();
        assertThat(date.getCellStyle().getDataFormatString()).isEqualTo("yyyy-mm-dd");
        assertThat(date.getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2026, 12, 1));
        Cell instant = row.getCell(1);
        assertThat(DateUtil.isCellDateFormatted(instant)).isTrue();
        assertThat(instant.getCellStyle().getDataFormatString()).isEqualTo("yyyy-mm-dd hh:mm");
        // 21:58 UTC is 05:58 the next day in Beijing
        assertThat(instant.getLocalDateTimeCellValue()).isEqualTo(LocalDateTime.of(2026, 12, 2, 5, 58, 30));
        assertThat(DateUtil.isCellDateFormatted(row.getCell(2))).isTrue();
    }

    @Test
    void textThatLooksLikeAFormulaIsNeutralised() throws IOException {
        Row row = written(List.of("=HYPERLINK(\"http://x\")", "+1+1", "-2+3", "@SUM(A1)", "\tx", "\rx", "李=四",
                "normal"));
        assertThat(row.getCell(0).getCellType()).isEqualTo(CellType.STRING);
        assertThat(row.getCell(0).getStringCellValue()).isEqualTo("'=HYPERLINK(\"http://x\")");
        assertThat(row.getCell(1).getStringCellValue()).isEqualTo("'+1+1");
        assertThat(row.getCell(2).getStringCellValue()).isEqualTo("'-2+3");
        assertThat(row.getCell(3).getStringCellValue()).isEqualTo("'@SUM(A1)");
        assertThat(row.getCell(4).getStringCellValue()).isEqualTo("'\tx");
        assertThat(row.getCell(5).getStringCellValue()).isEqualTo("'\rx");
        assertThat(row.getCell(6).getStringCellValue()).isEqualTo("李=四");
        assertThat(row.getCell(7).getStringCellValue()).isEqualTo("normal");
        assertThat(Spreadsheets.neutralise("")).isEmpty();
        assertThat(Spreadsheets.neutralise("=1")).isEqualTo("'=1");
    }

    @Test
    void nullIsAnEmptyCellAndOtherValuesAreText() throws IOException {
        Row row = written(Arrays.asList(null, Thread.State.NEW, true));
        assertThat(row.getCell(0)).isNull();
        assertThat(row.getCell(1).getStringCellValue()).isEqualTo("NEW");
        assertThat(row.getCell(2).getCellType()).isEqualTo(CellType.BOOLEAN);
    }

    @Test
    void anInstantWithoutAZoneIsRefused() {
        assertThatThrownBy(() -> Spreadsheets.write("s", List.of("a"), List.of(List.of(Instant.EPOCH))))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void readingGivesTheTextExcelShowsAndPlainDigitsForGeneralNumbers() throws IOException {
        byte[] typed = Spreadsheets.write("s", List.of("money", "count", "date", "when"), List.of(List.of(
                new BigDecimal("1200"), 12_000_000L, LocalDate.of(2026, 12, 1), Instant.parse("2026-11-30T16:30:00Z"))),
                BEIJING);
        assertThat(Spreadsheets.read(typed, 10).get(1))
                .containsExactly("1,200.00", "12000000", "2026-12-01", "2026-12-01 00:30");

        // an uploaded file whose user typed numbers into General cells: digits, never 1.2E+07
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Sheet sheet = workbook.createSheet("upload");
            Row row = sheet.createRow(0);
            row.createCell(0).setCellValue(13_800_138_000d);
            row.createCell(1).setCellValue(12_000_000d);
            row.createCell(2).setCellValue(1200.5);
            row.createCell(3).setCellValue(123_456_789_012_345d);
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            workbook.write(out);
            assertThat(Spreadsheets.read(out.toByteArray(), 10).get(0))
                    .containsExactly("13800138000", "12000000", "1200.5", "123456789012345");
        }
    }
}
