package org.unionaid.shared.excel;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

/** One .xlsx sheet of text cells with a bold, frozen header row: the exports of the lists. */
public final class TextWorkbook {

    private TextWorkbook() {
    }

    public static byte[] of(String sheetName, List<String> headers, Iterable<? extends List<@Nullable String>> rows) {
        List<List<@Nullable String>> all = new ArrayList<>();
        rows.forEach(all::add);
        return Spreadsheets.write(sheetName, headers, all);
    }
}
