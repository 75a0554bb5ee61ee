package org.unionaid.shared.excel;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import javax.xml.parsers.ParserConfigurationException;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.model.SharedStrings;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.jspecify.annotations.Nullable;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

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
        try {
            return collect(bytes, maxRows + 1, false).rows;
        } catch (TableReadException e) {
            return null;
        }
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
        Collected collected = collect(bytes, maxRows + 1, true);
        if (collected.more) {
            throw new TableReadException(TableReadException.Reason.TOO_MANY_ROWS, maxRows,
                    "more than " + maxRows + " rows");
        }
        return collected.rows;
    }

    /** The most one part of an uploaded workbook may unpack to (POI's ZipSecureFile max entry size). */
    public static final long MAX_UNPACKED_MB = 100;
    /** Cells beyond this column are ignored when reading (no import has more than a dozen columns). */
    static final int MAX_COLUMNS = 100;

    static {
        ZipSecureFile.setMinInflateRatio(0.01);
        ZipSecureFile.setMaxEntrySize(MAX_UNPACKED_MB * 1024 * 1024);
    }

    private record Collected(List<List<String>> rows, boolean more) {
    }

    /** The rows up to {@code maxTotalRows}; {@code countFirst}: refuse a longer .xlsx before collecting any. */
    private static Collected collect(byte[] bytes, int maxTotalRows, boolean countFirst) {
        FileMagic magic;
        try {
            magic = FileMagic.valueOf(bytes);
        } catch (RuntimeException e) {
            throw notATable(e);
        }
        if (magic == FileMagic.OOXML) {
            return streamXlsx(bytes, maxTotalRows, countFirst);
        }
        if (magic == FileMagic.OLE2) {
            return readUsermodel(bytes, maxTotalRows);
        }
        throw new TableReadException(TableReadException.Reason.NOT_A_TABLE, 0, "not a workbook: " + magic);
    }

    private static Collected streamXlsx(byte[] bytes, int maxTotalRows, boolean countFirst) {
        Path file = null;
        try {
            file = Files.createTempFile("unionaid-import-", ".xlsx");
            Files.write(file, bytes);
            refuseBombs(file);
            try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
                XSSFReader reader = new XSSFReader(pkg);
                // first pass: count the rows without the shared strings, so a file over the limit is refused
                // before its (unbounded) string table is loaded
                if (countFirst) {
                    RowCounter counter = new RowCounter(maxTotalRows);
                    parse(firstSheet(reader), counter);
                    if (counter.more) {
                        return new Collected(List.of(), true);
                    }
                }
                SharedStrings strings = new ReadOnlySharedStringsTable(pkg, false);
                StylesTable styles = reader.getStylesTable();
                RowCollector collector = new RowCollector(maxTotalRows);
                parse(firstSheet(reader), new XSSFSheetXMLHandler(styles, strings, collector, new PlainFormatter(),
                        false));
                return new Collected(collector.rows, collector.more);
            }
        } catch (TableReadException e) {
            throw e;
        } catch (IOException | SAXException | ParserConfigurationException | OpenXML4JException | RuntimeException e) {
            if (isZipBomb(e)) {
                throw new TableReadException(TableReadException.Reason.TOO_LARGE, MAX_UNPACKED_MB, "zip bomb", e);
            }
            throw notATable(e);
        } finally {
            if (file != null) {
                try {
                    Files.deleteIfExists(file);
                } catch (IOException ignored) {
                    // a temporary file; the OS cleans it up
                }
            }
        }
    }

    private static InputStream firstSheet(XSSFReader reader) throws IOException, OpenXML4JException {
        Iterator<InputStream> sheets = reader.getSheetsData();
        if (!sheets.hasNext()) {
            throw new TableReadException(TableReadException.Reason.NOT_A_TABLE, 0, "no sheet");
        }
        return sheets.next();
    }

    /** SAX-parses a sheet (no DOCTYPE allowed: no entities, no XXE) until its end or the row limit. */
    private static void parse(InputStream sheet, org.xml.sax.ContentHandler handler)
            throws IOException, SAXException, ParserConfigurationException {
        try (sheet) {
            XMLReader xml = XMLHelper.newXMLReader();
            xml.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            xml.setContentHandler(handler);
            xml.parse(new InputSource(sheet));
        } catch (LimitReached e) {
            // the first non-empty row past the limit: stop reading here
        }
    }

    /**
     * Counts the rows of a sheet without resolving any value: a row counts when one of its cells has a value
     * (a shared-string reference counts even if the string is empty; an inline string only if it is not blank).
     * Stops at the first such row whose number is past the limit.
     */
    private static final class RowCounter extends org.xml.sax.helpers.DefaultHandler {
        final int maxTotalRows;
        boolean more;
        private int rowIndex = -1;
        private boolean rowHasValue;
        private boolean inValue;
        private boolean sharedString;
        private final StringBuilder text = new StringBuilder();

        RowCounter(int maxTotalRows) {
            this.maxTotalRows = maxTotalRows;
        }

        @Override
        public void startElement(String uri, String localName, String qName, org.xml.sax.Attributes attributes) {
            switch (localName) {
                case "row" -> {
                    String r = attributes.getValue("r");
                    rowIndex = r == null ? rowIndex + 1 : Integer.parseInt(r) - 1;
                    rowHasValue = false;
                }
                case "c" -> sharedString = "s".equals(attributes.getValue("t"));
                case "v", "t" -> {
                    inValue = true;
                    text.setLength(0);
                }
                default -> {
                }
            }
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            if (inValue && text.length() < 64) {
                text.append(ch, start, Math.min(length, 64));
            }
        }

        @Override
        public void endElement(String uri, String localName, String qName) {
            switch (localName) {
                case "v", "t" -> {
                    inValue = false;
                    if (sharedString || !text.toString().isBlank()) {
                        rowHasValue = true;
                    }
                }
                case "row" -> {
                    if (rowHasValue && rowIndex >= maxTotalRows) {
                        more = true;
                        throw new LimitReached();
                    }
                }
                default -> {
                }
            }
        }
    }

    /** The sizes the zip declares, before anything is unpacked (POI checks the real sizes while reading). */
    private static void refuseBombs(Path file) throws IOException {
        long max = MAX_UNPACKED_MB * 1024 * 1024;
        try (ZipFile zip = ZipFile.builder().setFile(file.toFile()).get()) {
            var entries = zip.getEntries();
            while (entries.hasMoreElements()) {
                ZipArchiveEntry entry = entries.nextElement();
                long size = entry.getSize();
                long packed = entry.getCompressedSize();
                if (size > max || (size > ZipSecureFile.getGraceEntrySize() && packed >= 0
                        && (double) packed / size < ZipSecureFile.getMinInflateRatio())) {
                    throw new TableReadException(TableReadException.Reason.TOO_LARGE, MAX_UNPACKED_MB,
                            entry.getName() + " unpacks to " + size + " bytes from " + packed);
                }
            }
        }
    }

    private static boolean isZipBomb(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t.getMessage() != null && t.getMessage().contains("Zip bomb")) {
                return true;
            }
        }
        return false;
    }

    private static TableReadException notATable(Throwable e) {
        return new TableReadException(TableReadException.Reason.NOT_A_TABLE, 0, "not a readable workbook", e);
    }

    private static Collected readUsermodel(byte[] bytes, int maxTotalRows) {
        try (Workbook workbook = WorkbookFactory.create(new ByteArrayInputStream(bytes))) {
            Sheet sheet = workbook.getSheetAt(0);
            DataFormatter formatter = new DataFormatter();
            RowCollector collector = new RowCollector(maxTotalRows);
            try {
                for (int r = 0; r <= sheet.getLastRowNum(); r++) {
                    Row row = sheet.getRow(r);
                    collector.startRow(r);
                    if (row != null) {
                        for (int c = 0; c < Math.min(Math.max(row.getLastCellNum(), 0), MAX_COLUMNS); c++) {
                            Cell cell = row.getCell(c);
                            if (cell != null) {
                                collector.cell(c, text(cell, formatter));
                            }
                        }
                    }
                    collector.endRow(r);
                }
            } catch (LimitReached e) {
                // stop
            }
            return new Collected(collector.rows, collector.more);
        } catch (IOException | RuntimeException e) {
            throw notATable(e);
        }
    }

    /** Thrown out of the SAX parse at the first non-empty row past the limit. */
    private static final class LimitReached extends RuntimeException {
        LimitReached() {
            super(null, null, false, false);
        }
    }

    /**
     * Collects rows by their number: empty rows are kept only as gaps before a later non-empty row (so
     * trailing empty rows never count), cells by their column (missing cells are empty texts).
     */
    private static final class RowCollector implements XSSFSheetXMLHandler.SheetContentsHandler {
        final int maxTotalRows;
        final List<List<String>> rows = new ArrayList<>();
        boolean more;
        private List<String> current = new ArrayList<>();

        RowCollector(int maxTotalRows) {
            this.maxTotalRows = maxTotalRows;
        }

        @Override
        public void startRow(int rowNum) {
            current = new ArrayList<>();
        }

        @Override
        public void cell(@Nullable String reference, @Nullable String value, @Nullable XSSFComment comment) {
            int column = reference == null ? current.size() : new CellReference(reference).getCol();
            cell(column, value);
        }

        void cell(int column, @Nullable String value) {
            if (column >= MAX_COLUMNS || column < current.size()) {
                return;
            }
            while (current.size() < column) {
                current.add("");
            }
            current.add(value == null ? "" : value.strip());
        }

        @Override
        public void endRow(int rowNum) {
            if (current.stream().allMatch(String::isEmpty)) {
                return;
            }
            if (rowNum >= maxTotalRows) {
                more = true;
                throw new LimitReached();
            }
            while (rows.size() < rowNum) {
                rows.add(new ArrayList<>());
            }
            rows.add(current);
        }
    }

    /** POI's formatting (what Excel shows), except that a General-format number reads as its plain digits. */
    private static final class PlainFormatter extends DataFormatter {
        @Override
        public String formatRawCellContents(double value, int formatIndex, @Nullable String formatString) {
            if (formatIndex == 0 || formatString == null || "General".equalsIgnoreCase(formatString)) {
                return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
            }
            return super.formatRawCellContents(value, formatIndex, formatString);
        }
    }

    /** What Excel shows, except that a General-format number reads as its plain digits (no 1.2E+07). */
    private static String text(Cell cell, DataFormatter formatter) {
        if (cell.getCellType() == CellType.NUMERIC && !DateUtil.isCellDateFormatted(cell)
                && cell.getCellStyle().getDataFormat() == 0) {
            return BigDecimal.valueOf(cell.getNumericCellValue()).stripTrailingZeros().toPlainString();
        }
        return formatter.formatCellValue(cell);
    }

    private static String safeSheetName(String name) {
        String cleaned = name.replaceAll("[\\\\/?*\\[\\]:]", " ").strip();
        return cleaned.isEmpty() ? "Sheet1" : cleaned.substring(0, Math.min(31, cleaned.length()));
    }
}
