package org.unionaid.audit.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.unionaid.audit.AuditEventView;

/**
 * The filtered audit rows as an .xlsx sheet, headers in the user's language. Values are written as text
 * cells, so a value that looks like a formula is never evaluated by Excel.
 */
final class AuditWorkbook {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(ZoneOffset.UTC);
    private static final List<String> HEADERS = List.of("audit.time", "audit.actor", "audit.entityType",
            "audit.entityId", "audit.action", "audit.before", "audit.after", "audit.reason");

    private AuditWorkbook() {
    }

    static byte[] of(List<AuditEventView> events, MessageSource messages, Locale locale) {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(200);
             ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet(messages.getMessage("audit.title", null, locale));
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            Row header = sheet.createRow(0);
            for (int i = 0; i < HEADERS.size(); i++) {
                header.createCell(i).setCellValue(messages.getMessage(HEADERS.get(i), null, locale));
                header.getCell(i).setCellStyle(bold);
            }
            int r = 1;
            for (AuditEventView e : events) {
                Row row = sheet.createRow(r++);
                text(row, 0, TIME.format(e.occurredAt()));
                text(row, 1, e.actor());
                text(row, 2, e.entityType());
                text(row, 3, e.entityId());
                text(row, 4, e.action());
                text(row, 5, e.before());
                text(row, 6, e.after());
                text(row, 7, e.reason());
            }
            sheet.createFreezePane(0, 1);
            workbook.write(out);
            workbook.dispose();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void text(Row row, int column, @Nullable String value) {
        if (value != null) {
            row.createCell(column).setCellValue(value);
        }
    }
}
