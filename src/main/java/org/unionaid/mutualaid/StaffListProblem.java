package org.unionaid.mutualaid;

import java.util.List;

/** A problem in an uploaded staff list: the spreadsheet row (1 = header), the column, a message key and args. */
public record StaffListProblem(int row, String column, String key, List<String> args) {

    public Object[] argsArray() {
        return args.toArray();
    }
}
