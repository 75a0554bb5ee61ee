package org.unionaid.shared.excel;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
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
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
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
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.jspecify.annotations.Nullable;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * The reading side of {@link Spreadsheets}: the first sheet of an uploaded .xlsx streamed with POI's SAX event
 * API (two passes, see {@link Spreadsheets#rows}), an old .xls through POI's usermodel; every cell as the text
 * Excel shows, a General-format number as its plain digits. The limits against hostile workbooks
 * ({@link Spreadsheets#MAX_UNPACKED_MB}, the inflate ratio) are set where {@link Spreadsheets} is loaded,
 * which every call here goes through.
 */
final class WorkbookReader {

    /** Cells beyond this column are ignored when reading (no import has more than a dozen columns). */
    static final int MAX_COLUMNS = 100;

    private WorkbookReader() {
    }

    /** See {@link Spreadsheets#read}. */
    static @Nullable List<List<String>> read(byte[] bytes, int maxRows) {
        try {
            return collect(bytes, maxRows + 1, false).rows;
        } catch (TableReadException e) {
            return null;
        }
    }

    /** See {@link Spreadsheets#rows}. */
    static List<List<String>> rows(byte[] bytes, int maxRows) {
        Collected collected = collect(bytes, maxRows + 1, true);
        if (collected.more) {
            throw new TableReadException(TableReadException.Reason.TOO_MANY_ROWS, maxRows,
                    "more than " + maxRows + " rows");
        }
        return collected.rows;
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
                throw new TableReadException(TableReadException.Reason.TOO_LARGE, Spreadsheets.MAX_UNPACKED_MB,
                        "zip bomb", e);
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
        long max = Spreadsheets.MAX_UNPACKED_MB * 1024 * 1024;
        try (ZipFile zip = ZipFile.builder().setFile(file.toFile()).get()) {
            var entries = zip.getEntries();
            while (entries.hasMoreElements()) {
                ZipArchiveEntry entry = entries.nextElement();
                long size = entry.getSize();
                long packed = entry.getCompressedSize();
                if (size > max || (size > ZipSecureFile.getGraceEntrySize() && packed >= 0
                        && (double) packed / size < ZipSecureFile.getMinInflateRatio())) {
                    throw new TableReadException(TableReadException.Reason.TOO_LARGE, Spreadsheets.MAX_UNPACKED_MB,
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
}
