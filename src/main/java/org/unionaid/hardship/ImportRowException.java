package org.unionaid.hardship;

import org.unionaid.shared.BusinessRuleException;

/** A row of an import refused by a business rule; the whole import is rolled back. */
public class ImportRowException extends RuntimeException {

    private final int rowIndex;
    private final BusinessRuleException cause;

    public ImportRowException(int rowIndex, BusinessRuleException cause) {
        super("row " + rowIndex + ": " + cause.code(), cause);
        this.rowIndex = rowIndex;
        this.cause = cause;
    }

    /** Index into the imported list (0 = first data row). */
    public int rowIndex() {
        return rowIndex;
    }

    public BusinessRuleException rule() {
        return cause;
    }
}
