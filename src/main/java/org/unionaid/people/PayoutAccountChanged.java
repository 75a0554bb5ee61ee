package org.unionaid.people;

/**
 * A worker's payout account was changed (published synchronously in the changing transaction), so payouts
 * approved for the old account go back to the approval queue.
 */
public record PayoutAccountChanged(long workerId) {
}
