package org.unionaid.shared.excel;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;

import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.jspecify.annotations.Nullable;

/**
 * Reading and writing the .xlsx files of exports and imports (Apache POI).
 *
 * <p>Writing types each cell by the Java type of its value, so a finance office can sum and sort:
 * {@link BigDecimal} → a number formatted {@code #,##0.00} (money); {@link Integer}, {@link Long},
 * {@link Short}, {@link BigInteger} → a number formatted {@code 0} (counts, ids); {@link Double},
 * {@link Float} → a number (General); {@link LocalDate} → a date cell {@code yyyy-mm-dd};
 * {@link LocalDateTime} → a date-time cell {@code yyyy-mm-dd hh:mm}; {@link Instant} → the same, in the
 * zone passed to {@code write} (an instant without a zone is refused); {@link ZonedDateTime} and
 * {@link OffsetDateTime} → the same, converted to that zone when one is passed; {@link Boolean} → a
 * boolean cell; null → an empty cell; anything else → a text cell of {@code String.valueOf}, neutralised
 * by {@link #neutralise} so that a value from user data that looks like a formula stays text when the file
 * is edited in Excel. Numbers are typed values, so a negative amount stays a number.
 *
 * <p>Reading returns every cell as the text Excel shows ({@code 1,200.00} for a money cell, {@code
 * 2026-12-01} for a date cell); a plain number in General format reads as its digits, never in E notation.
 * The reading itself (SAX streaming, limits, formatting of cells as text) is in {@link WorkbookReader}.
 */
public final class Spreadsheets {

    public static final String MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    public static final String MONEY_FORMAT = "#,##0.00";
    public static final String INTEGER_FORMAT = "0";
    public static final String DATE_FORMAT = "yyyy-mm-dd";
    public static final String DATE_TIME_FORMAT = "yyyy-mm-dd hh:mm";

    private Spreadsheets() {
    }

    /** One sheet of a workbook: its name, the header row and the rows (typed values, see the class). */
    public record SheetData(String name, List<String> headers, List<? extends List<?>> rows) {
    }

    /** One sheet: a bold, frozen header row, then the rows; instants in the zone. */
    public static byte[] write(String sheetName, List<String> headers, List<? extends List<?>> rows, ZoneId zone) {
        return write(List.of(new SheetData(sheetName, headers, rows)), zone);
    }

    /** One sheet without instants (an {@link Instant} value is refused: pass the zone). */
    public static byte[] write(String sheetName, List<String> headers, List<? extends List<?>> rows) {
        return write(List.of(new SheetData(sheetName, headers, rows)), null);
    }

    /** Several sheets without instants (an {@link Instant} value is refused: pass the zone). */
    public static byte[] write(List<SheetData> sheets) {
        return write(sheets, null);
    }

    /** Several sheets in this order, each with a bold, frozen header row; names are made unique. */
    public static byte[] write(List<SheetData> sheets, @Nullable ZoneId zone) {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(200);
             ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Styles styles = new Styles(workbook);
            for (SheetData data : sheets) {
                String name = safeSheetName(data.name());
                for (int n = 2; workbook.getSheet(name) != null; n++) {
                    String suffix = " " + n;
                    name = name.substring(0, Math.min(name.length(), 31 - suffix.length())) + suffix;
                }
                fill(workbook.createSheet(name), styles, data.headers(), data.rows(), zone);
            }
            workbook.write(out);
            workbook.dispose();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * One sheet written row by row (a bank file of 50,000 rows): POI's streaming workbook keeps only a window of
     * rows in memory and spills the rest to a temporary file, so memory stays constant whatever the number of
     * rows; {@link #finish()} returns the file's bytes and deletes the temporary file. Not thread-safe.
     */
    public static SheetWriter writer(String sheetName, List<String> headers) {
        return new SheetWriter(sheetName, headers);
    }

    public static final class SheetWriter implements AutoCloseable {
        private final SXSSFWorkbook workbook = new SXSSFWorkbook(200);
        private final Styles styles = new Styles(workbook);
        private final Sheet sheet;
        private int next = 1;

        private SheetWriter(String sheetName, List<String> headers) {
            this.sheet = workbook.createSheet(safeSheetName(sheetName));
            fill(sheet, styles, headers, List.of(), null);
        }

        /** Appends one row (values as {@link #write(String, List, List)} takes them, no instants). */
        public void row(List<?> values) {
            Row row = sheet.createRow(next++);
            for (int i = 0; i < values.size(); i++) {
                Object value = values.get(i);
                if (value != null) {
                    set(row.createCell(i), value, styles, null);
                }
            }
        }

        public byte[] finish() {
            try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
                workbook.write(out);
                return out.toByteArray();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } finally {
                close();
            }
        }

        @Override
        public void close() {
            workbook.dispose();
            try {
                workbook.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /**
     * A text from user data made safe for a spreadsheet cell or a CSV field: one that starts with
     * {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return gets a leading single quote, so
     * Excel never takes it for a formula (OWASP, CSV injection). Other texts are returned unchanged.
     */
    public static String neutralise(String text) {
        if (!text.isEmpty()) {
            char first = text.charAt(0);
            if (first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r') {
                return "'" + text;
            }
        }
        return text;
    }

    private static final class Styles {
        final CellStyle bold;
        final CellStyle money;
        final CellStyle integer;
        final CellStyle date;
        final CellStyle dateTime;

        Styles(Workbook workbook) {
            bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            money = formatted(workbook, MONEY_FORMAT);
            integer = formatted(workbook, INTEGER_FORMAT);
            date = formatted(workbook, DATE_FORMAT);
            dateTime = formatted(workbook, DATE_TIME_FORMAT);
        }

        private static CellStyle formatted(Workbook workbook, String format) {
            CellStyle style = workbook.createCellStyle();
            style.setDataFormat(workbook.createDataFormat().getFormat(format));
            return style;
        }
    }

    private static void fill(Sheet sheet, Styles styles, List<String> headers, List<? extends List<?>> rows,
                             @Nullable ZoneId zone) {
        Row header = sheet.createRow(0);
        for (int i = 0; i < headers.size(); i++) {
            Cell cell = header.createCell(i);
            cell.setCellValue(headers.get(i));
            cell.setCellStyle(styles.bold);
            sheet.setColumnWidth(i, Math.min(60, Math.max(12, headers.get(i).length() * 2 + 4)) * 256);
        }
        int r = 1;
        for (List<?> values : rows) {
            Row row = sheet.createRow(r++);
            for (int i = 0; i < values.size(); i++) {
                Object value = values.get(i);
                if (value != null) {
                    set(row.createCell(i), value, styles, zone);
                }
            }
        }
        sheet.createFreezePane(0, 1);
    }

    private static void set(Cell cell, Object value, Styles styles, @Nullable ZoneId zone) {
        if (value instanceof BigDecimal amount) {
            cell.setCellValue(amount.doubleValue());
            cell.setCellStyle(styles.money);
        } else if (value instanceof Integer || value instanceof Long || value instanceof Short
                || value instanceof BigInteger) {
            cell.setCellValue(((Number) value).doubleValue());
            cell.setCellStyle(styles.integer);
        } else if (value instanceof Double || value instanceof Float) {
            cell.setCellValue(((Number) value).doubleValue());
        } else if (value instanceof Boolean b) {
            cell.setCellValue(b);
        } else if (value instanceof LocalDate day) {
            cell.setCellValue(day);
            cell.setCellStyle(styles.date);
        } else if (value instanceof LocalDateTime time) {
            dateTime(cell, time, styles);
        } else if (value instanceof Instant instant) {
            if (zone == null) {
                throw new IllegalArgumentException("an Instant needs the zone: use write(..., ZoneId)");
            }
            dateTime(cell, LocalDateTime.ofInstant(instant, zone), styles);
        } else if (value instanceof ZonedDateTime time) {
            dateTime(cell, zone == null ? time.toLocalDateTime()
                    : time.withZoneSameInstant(zone).toLocalDateTime(), styles);
        } else if (value instanceof OffsetDateTime time) {
            dateTime(cell, zone == null ? time.toLocalDateTime()
                    : time.atZoneSameInstant(zone).toLocalDateTime(), styles);
        } else {
            cell.setCellValue(neutralise(String.valueOf(value)));
        }
    }

    private static void dateTime(Cell cell, LocalDateTime time, Styles styles) {
        cell.setCellValue(time);
        cell.setCellStyle(styles.dateTime);
    }

    /**
     * The first sheet as text rows (the header row included), trailing empty rows dropped; null when the
     * bytes are not a spreadsheet or are refused (see {@link #rows}). At most {@code maxRows + 1} rows are read
     * (so a caller sees that a file has more than {@code maxRows}); the rest of the file is never read.
     */
    public static @Nullable List<List<String>> read(byte[] bytes, int maxRows) {
        return WorkbookReader.read(bytes, maxRows);
    }

    /**
     * The first sheet as text rows (the header row included, trailing empty rows dropped), streamed: an .xlsx
     * is read with POI's SAX event API from a temporary file, in two passes: the first counts the rows without
     * loading anything (so a file over the limit is refused in constant memory, before its shared-string table
     * is read), the second collects the texts; an old .xls (at most 65,536 rows) with POI's usermodel. A non-empty row after the header and
     * {@code maxRows} data rows refuses the file ({@code TOO_MANY_ROWS}) and stops the reading there. A part
     * that unpacks to more than {@link #MAX_UNPACKED_MB} MB or is compressed like a zip bomb is {@code
     * TOO_LARGE}; a sheet with a DOCTYPE (XXE) or anything else unreadable is {@code NOT_A_TABLE}.
     */
    public static List<List<String>> rows(byte[] bytes, int maxRows) {
        return WorkbookReader.rows(bytes, maxRows);
    }

    /** The most one part of an uploaded workbook may unpack to (POI's ZipSecureFile max entry size). */
    public static final long MAX_UNPACKED_MB = 100;

    static {
        ZipSecureFile.setMinInflateRatio(0.01);
        ZipSecureFile.setMaxEntrySize(MAX_UNPACKED_MB * 1024 * 1024);
    }

    private static String safeSheetName(String name) {
        String cleaned = name.replaceAll("[\\\\/?*\\[\\]:]", " ").strip();
        return cleaned.isEmpty() ? "Sheet1" : cleaned.substring(0, Math.min(31, cleaned.length()));
    }
}
