package org.unionaid.shared.excel;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.unionaid.shared.excel.TableReadException.Reason;

/**
 * The one reader of uploaded CSV files (staff lists, bank result files): the encoding is decided by strict
 * decoding, then the records are streamed and reading stops at the row limit.
 *
 * <p>Encoding rule (decision 23): a UTF-8 BOM means UTF-8; otherwise the whole file is decoded with a
 * strict UTF-8 decoder (malformed input reported, not replaced); if that fails, with a strict GB18030
 * decoder (GB18030 is a superset of GBK and GB2312, which Excel writes on a Chinese Windows); if that fails
 * too, or the text contains a NUL character (UTF-16 without a BOM), the file is refused. No statistical
 * detector: on the short files unions upload (a few names) detectors often guess a wrong encoding, and a
 * guess accepted silently is exactly the garbled-name bug; strict decoding either reads every byte or
 * refuses. Chinese text in GBK is practically never valid UTF-8 (its bytes rarely form UTF-8 sequences),
 * so trying UTF-8 first is safe. The check runs over the bytes with a small buffer (no copy of the text).
 */
public final class CsvFiles {

    private static final Charset GB18030 = Charset.forName("GB18030");

    private CsvFiles() {
    }

    /** The encoding of the bytes (UTF-8 or GB18030), or {@link TableReadException} ({@code UNDECODABLE}). */
    public static Charset charsetOf(byte[] bytes) {
        if (hasUtf8Bom(bytes) || decodes(bytes, StandardCharsets.UTF_8)) {
            return StandardCharsets.UTF_8;
        }
        if (decodes(bytes, GB18030)) {
            return GB18030;
        }
        throw new TableReadException(Reason.UNDECODABLE, 0, "neither UTF-8 nor GB18030 text");
    }

    /** The whole text (BOM removed), decoded by {@link #charsetOf}; for small files only. */
    public static String decode(byte[] bytes) {
        Charset charset = charsetOf(bytes);
        int offset = charset == StandardCharsets.UTF_8 && hasUtf8Bom(bytes) ? 3 : 0;
        try {
            return strict(charset).decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset)).toString();
        } catch (CharacterCodingException e) {
            throw new TableReadException(Reason.UNDECODABLE, 0, "undecodable", e);
        }
    }

    /**
     * The records of a CSV file as trimmed texts, the header row included, streamed: at most
     * {@code maxRows + 1} records are kept (header and {@code maxRows} data rows); the record after that
     * refuses the file ({@code TOO_MANY_ROWS}) without reading further. Unreadable CSV (an unclosed quote)
     * is {@code NOT_A_TABLE}, an unknown encoding {@code UNDECODABLE}.
     */
    public static List<List<String>> rows(byte[] bytes, CSVFormat format, int maxRows) {
        Charset charset = charsetOf(bytes);
        int offset = charset == StandardCharsets.UTF_8 && hasUtf8Bom(bytes) ? 3 : 0;
        List<List<String>> rows = new ArrayList<>();
        try (Reader reader = new InputStreamReader(new ByteArrayInputStream(bytes, offset, bytes.length - offset),
                strict(charset));
             CSVParser parser = format.parse(reader)) {
            for (CSVRecord record : parser) {
                if (rows.size() > maxRows) {
                    throw new TableReadException(Reason.TOO_MANY_ROWS, maxRows, "more than " + maxRows + " rows");
                }
                List<String> cells = new ArrayList<>(record.size());
                record.forEach(c -> cells.add(c == null ? "" : c.strip()));
                rows.add(cells);
            }
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            throw new TableReadException(Reason.NOT_A_TABLE, 0, "not a readable CSV", e);
        }
        return rows;
    }

    private static boolean hasUtf8Bom(byte[] bytes) {
        return bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF;
    }

    private static CharsetDecoder strict(Charset charset) {
        return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    /** Whether the whole input decodes strictly, without NUL characters (constant memory). */
    static boolean decodes(byte[] bytes, Charset charset) {
        CharsetDecoder decoder = strict(charset);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(8192);
        while (true) {
            CoderResult result = decoder.decode(in, out, true);
            if (result.isError()) {
                return false;
            }
            if (result.isUnderflow()) {
                result = decoder.flush(out);
                if (result.isError()) {
                    return false;
                }
                return !containsNul(out);
            }
            if (containsNul(out)) {
                return false;
            }
            out.clear();
        }
    }

    private static boolean containsNul(CharBuffer out) {
        for (int i = 0; i < out.position(); i++) {
            if (out.get(i) == '\0') {
                return true;
            }
        }
        return false;
    }
}
