package org.unionaid.meanstest;

/** A file's civil-affairs verdict: nothing contradicts its filing, or something does. */
public enum Verdict {
    CONSISTENT, NEEDS_REVIEW
}
