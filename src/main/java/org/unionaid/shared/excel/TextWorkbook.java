package org.unionaid.shared.excel;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * One .xlsx sheet with a bold, frozen header row.
 *
 * @deprecated kept so older callers compile; use {@link Spreadsheets#write(String, List, List, java.time.ZoneId)}
 *             with typed values (numbers, dates, instants), which this delegates to.
 */
@Deprecated
public final class TextWorkbook {

    private TextWorkbook() {
    }

    public static byte[] of(String sheetName, List<String> headers, Iterable<? extends List<?>> rows) {
        List<List<?>> all = new ArrayList<>();
        rows.forEach(all::add);
        return Spreadsheets.write(sheetName, headers, all);
    }
}
