package org.unionaid.branches;

/** Levels of the tree, top to bottom; a child is always below its parent. */
public enum BranchLevel {
    NATIONAL, PROVINCE, CITY, DISTRICT, GRASSROOTS;

    public boolean isBelow(BranchLevel other) {
        return ordinal() > other.ordinal();
    }
}
