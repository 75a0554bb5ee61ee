package org.unionaid.people;

/**
 * A worker's name and branch, for another module that lists its own records about workers (a ranking, a
 * statistics table) and needs only the names of the few workers on the page.
 */
public record WorkerName(long id, String name, long branchId) {
}
