package org.unionaid.mutualaid;

/**
 * How a plan's term runs: every member's cover ends on 31 December ({@code CALENDAR_YEAR}, after 1–3 years), or
 * each member's cover lasts 1–3 years from its own start ({@code ROLLING}).
 */
public enum TermKind {
    CALENDAR_YEAR, ROLLING
}
