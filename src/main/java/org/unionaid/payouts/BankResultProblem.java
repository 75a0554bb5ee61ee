package org.unionaid.payouts;

import java.util.List;

/**
 * One problem in a bank result file: 1-based row (the header is row 1), the column's name and a message key
 * with its arguments.
 */
public record BankResultProblem(int row, String column, String messageKey, List<String> args) {
}
