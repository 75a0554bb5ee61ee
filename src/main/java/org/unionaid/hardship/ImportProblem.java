package org.unionaid.hardship;

/**
 * One problem of an import: the spreadsheet row (as Excel numbers it), the column's label key and the
 * message with its arguments.
 */
public record ImportProblem(int row, String columnKey, String messageKey, Object[] args) {
}
