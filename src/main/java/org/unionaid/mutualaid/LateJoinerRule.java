package org.unionaid.mutualaid;

/** What a member whose cover starts after the term began pays: the full term, or the remaining months only. */
public enum LateJoinerRule {
    FULL_TERM, PRO_RATA
}
