package org.unionaid.shared.excel;

/**
 * An uploaded table (.xlsx or CSV) that is refused before any row is checked. Each import maps the
 * {@link Reason} to its own message; {@link #messageKey()} and {@link #args()} are the shared messages for the
 * reasons that are the same everywhere (encoding, unpacked size).
 */
public final class TableReadException extends RuntimeException {

    public enum Reason {
        /** Not a workbook / not a CSV the parser can read (also: a workbook with a DOCTYPE). */
        NOT_A_TABLE,
        /** Text that is neither strict UTF-8 nor strict GB18030 (nor free of NUL characters). */
        UNDECODABLE,
        /** A workbook part unpacks to more than the limit, or is compressed like a zip bomb. */
        TOO_LARGE,
        /** More data rows than the limit ({@link #limit()}). */
        TOO_MANY_ROWS
    }

    private final Reason reason;
    private final long limit;

    public TableReadException(Reason reason, long limit, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
        this.limit = limit;
    }

    public TableReadException(Reason reason, long limit, String message) {
        super(message);
        this.reason = reason;
        this.limit = limit;
    }

    public Reason reason() {
        return reason;
    }

    /** For {@link Reason#TOO_MANY_ROWS} the row limit, for {@link Reason#TOO_LARGE} the limit in MB, else 0. */
    public long limit() {
        return limit;
    }

    /** The shared message key of this reason ({@code file.*} in {@code i18n/files}). */
    public String messageKey() {
        return switch (reason) {
            case NOT_A_TABLE -> "file.table.unreadable";
            case UNDECODABLE -> "file.text.undecodable";
            case TOO_LARGE -> "file.workbook.tooLarge";
            case TOO_MANY_ROWS -> "file.table.tooManyRows";
        };
    }

    /** The arguments of {@link #messageKey()}: the limit, with thousands separators. */
    public Object[] args() {
        return limit == 0 ? new Object[0] : new Object[] {String.format(java.util.Locale.ROOT, "%,d", limit)};
    }
}
