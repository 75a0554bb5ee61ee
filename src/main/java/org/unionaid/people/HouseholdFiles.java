package org.unionaid.people;

/**
 * Tells the people registry whether a household has an open hardship file (any state but CLOSED and CANCELLED):
 * a worker's own change to such a household's members waits for the caseworker ({@link HouseholdChanges}). People
 * must not depend on the hardship module, which owns the files (the arrow points the other way); hardship
 * implements this interface. Without an implementation no household counts as filed.
 */
public interface HouseholdFiles {

    boolean openFileFor(long householdId);
}
