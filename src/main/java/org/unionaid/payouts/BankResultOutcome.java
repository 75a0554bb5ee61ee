package org.unionaid.payouts;

import java.io.Serializable;

/**
 * What an accepted bank result file changed; rows already applied by an earlier import count as unchanged.
 * Serializable: the page passes it on as a flash attribute, kept in the JDBC session.
 */
public record BankResultOutcome(int rows, int paid, int failed, int unchanged) implements Serializable {
}
