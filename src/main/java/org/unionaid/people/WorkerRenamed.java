package org.unionaid.people;

/**
 * A worker's name changed (published synchronously by {@link People} in the changing transaction), so
 * modules that keep a copy of the name for sorting (the hardship files list) update it in the same commit.
 */
public record WorkerRenamed(long workerId, String oldName, String newName) {
}
