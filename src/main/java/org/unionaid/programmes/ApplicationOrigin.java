package org.unionaid.programmes;

/** The worker applied, or a caseworker nominated the worker. */
public enum ApplicationOrigin {
    SELF, NOMINATION
}
