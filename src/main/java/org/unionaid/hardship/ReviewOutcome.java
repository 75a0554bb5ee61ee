package org.unionaid.hardship;

/** What a review decides: CONTINUE, CHANGE_CATEGORY (with the new one) or EXIT (which exits the file). */
public enum ReviewOutcome {
    CONTINUE, CHANGE_CATEGORY, EXIT
}
