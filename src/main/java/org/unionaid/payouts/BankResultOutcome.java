package org.unionaid.payouts;

/** What an accepted bank result file changed; rows already applied by an earlier import count as unchanged. */
public record BankResultOutcome(int rows, int paid, int failed, int unchanged) {
}
