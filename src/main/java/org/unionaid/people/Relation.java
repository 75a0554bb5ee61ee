package org.unionaid.people;

/** A household member's relation to the worker. */
public enum Relation {
    SPOUSE, CHILD, PARENT, PARENT_IN_LAW, SIBLING, GRANDPARENT, GRANDCHILD, OTHER
}
