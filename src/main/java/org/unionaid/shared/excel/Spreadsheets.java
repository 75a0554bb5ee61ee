package org.unionaid.shared.excel;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.jspecify.annotations.Nullable;

/**
 * Reading and writing the .xlsx files of list exports and imports (Apache POI). Every value is written as
 * a text cell, so a value that looks like a formula is never evaluated by Excel; reading returns every
 * cell as the text Excel shows.
 */
public final class Spreadsheets {

    public static final String MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private Spreadsheets() {
    }

    /** One sheet of a workbook: its name, the header row and the rows. */
    public record SheetData(String name, List<String> headers, List<? extends List<?>> rows) {
    }

    /** One sheet: a bold, frozen header row, then the rows. */
    public static byte[] write(String sheetName, List<String> headers, List<? extends List<?>> rows) {
        return write(List.of(new SheetData(sheetName, headers, rows)));
    }

    /** Several sheets in this order, each with a bold, frozen header row; names are made unique. */
    public static byte[] write(List<SheetData> sheets) {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(200);
             ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            for (SheetData data : sheets) {
                String name = safeSheetName(data.name());
                for (int n = 2; workbook.getSheet(name) != null; n++) {
                    String suffix = " " + n;
                    name = name.substring(0, Math.min(name.length(), 31 - suffix.length())) + suffix;
                }
                fill(workbook.createSheet(name), bold, data.headers(), data.rows());
            }
            workbook.write(out);
            workbook.dispose();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void fill(Sheet sheet, CellStyle bold, List<String> headers, List<? extends List<?>> rows) {
        Row header = sheet.createRow(0);
        for (int i = 0; i < headers.size(); i++) {
            Cell cell = header.createCell(i);
            cell.setCellValue(headers.get(i));
            cell.setCellStyle(bold);
            sheet.setColumnWidth(i, Math.min(60, Math.max(12, headers.get(i).length() * 2 + 4)) * 256);
        }
        int r = 1;
        for (List<?> values : rows) {
            Row row = sheet.createRow(r++);
            for (int i = 0; i < values.size(); i++) {
                Object value = values.get(i);
                if (value != null) {
                    row.createCell(i).setCellValue(String.valueOf(value));
                }
            }
        }
        sheet.createFreezePane(0, 1);
    }

    /**
     * The first sheet as text rows (the header row included), trailing empty rows dropped; null when the
     * bytes are not a spreadsheet.
     */
    public static @Nullable List<List<String>> read(byte[] bytes, int maxRows) {
        try (Workbook workbook = WorkbookFactory.create(new ByteArrayInputStream(bytes))) {
            Sheet sheet = workbook.getSheetAt(0);
            DataFormatter formatter = new DataFormatter();
            List<List<String>> rows = new ArrayList<>();
            int last = Math.min(sheet.getLastRowNum(), maxRows);
            for (int r = 0; r <= last; r++) {
                Row row = sheet.getRow(r);
                List<String> cells = new ArrayList<>();
                if (row != null) {
                    for (int c = 0; c < Math.max(row.getLastCellNum(), 0); c++) {
                        Cell cell = row.getCell(c);
                        cells.add(cell == null ? "" : formatter.formatCellValue(cell).strip());
                    }
                }
                rows.add(cells);
            }
            while (!rows.isEmpty() && rows.get(rows.size() - 1).stream().allMatch(String::isEmpty)) {
                rows.remove(rows.size() - 1);
            }
            return rows;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    private static String safeSheetName(String name) {
        String cleaned = name.replaceAll("[\\\\/?*\\[\\]:]", " ").strip();
        return cleaned.isEmpty() ? "Sheet1" : cleaned.substring(0, Math.min(31, cleaned.length()));
    }
}
