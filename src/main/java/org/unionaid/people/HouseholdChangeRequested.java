package org.unionaid.people;

/**
 * A worker asked to change a member of their household while it has an open hardship file (published in the
 * requesting transaction): the hardship module tells the file's caseworker.
 */
public record HouseholdChangeRequested(long changeId, long workerId, String workerName, long householdId,
                                       String memberName) {
}
