package org.unionaid.shared.web;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.unionaid.shared.excel.Spreadsheets;

/** The answer of a download (an export, a template, a bank file): the bytes as an attachment with its file name. */
public final class Downloads {

    private static final MediaType XLSX = MediaType.parseMediaType(Spreadsheets.MEDIA_TYPE);

    private Downloads() {
    }

    /** An Excel workbook ({@link Spreadsheets#write}) to be saved as {@code filename}. */
    public static ResponseEntity<byte[]> xlsx(String filename, byte[] workbook) {
        return attachment(filename, XLSX, workbook);
    }

    /** Bytes of {@code type} to be saved as {@code filename}. */
    public static ResponseEntity<byte[]> attachment(String filename, MediaType type, byte[] body) {
        return ResponseEntity.ok().contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(filename).build()
                        .toString())
                .body(body);
    }
}
