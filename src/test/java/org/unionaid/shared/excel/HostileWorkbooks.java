package org.unionaid.shared.excel;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Workbooks made to attack the import readers, for tests. */
public final class HostileWorkbooks {

    private HostileWorkbooks() {
    }

    /** A tiny valid workbook (header 姓名, one row 张0) written by POI's XSSFWorkbook. */
    public static byte[] plain() {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("s");
            sheet.createRow(0).createCell(0).setCellValue("姓名");
            sheet.createRow(1).createCell(0).setCellValue("张0");
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A workbook whose first sheet unpacks to {@code megabytes} MB of spaces (packed to about 1/1000). */
    public static byte[] zipBomb(int megabytes) {
        return rewriteSheet(xml -> xml, megabytes);
    }

    /**
     * A workbook whose sheet XML declares an external entity reading {@code file} and uses it in a cell (XXE).
     */
    public static byte[] externalEntity(Path file) {
        String doctype = "<!DOCTYPE x [<!ENTITY xxe SYSTEM \"" + file.toUri() + "\">]>";
        return rewriteSheet(xml -> {
            int root = xml.indexOf("<worksheet");
            String withDoctype = xml.substring(0, root) + doctype + xml.substring(root);
            return withDoctype.replace("</sheetData>", "<row r=\"3\"><c r=\"A3\" t=\"inlineStr\"><is><t>&xxe;</t>"
                    + "</is></c></row></sheetData>");
        }, 0);
    }

    private static byte[] rewriteSheet(UnaryOperator<String> change, int paddingMegabytes) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(plain()));
             ZipOutputStream out = new ZipOutputStream(bytes)) {
            for (ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
                out.putNextEntry(new ZipEntry(entry.getName()));
                if (entry.getName().equals("xl/worksheets/sheet1.xml")) {
                    String xml = change.apply(new String(in.readAllBytes(), StandardCharsets.UTF_8));
                    int data = xml.indexOf("<sheetData>") + "<sheetData>".length();
                    out.write(xml.substring(0, data).getBytes(StandardCharsets.UTF_8));
                    byte[] spaces = new byte[1 << 20];
                    Arrays.fill(spaces, (byte) ' ');
                    for (int i = 0; i < paddingMegabytes; i++) {
                        out.write(spaces);
                    }
                    out.write(xml.substring(data).getBytes(StandardCharsets.UTF_8));
                } else {
                    in.transferTo(out);
                }
                out.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }
}
