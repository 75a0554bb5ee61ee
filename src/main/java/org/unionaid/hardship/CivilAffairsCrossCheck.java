package org.unionaid.hardship;

/**
 * The civil-affairs cross-check (民政核对) of a file, which the meanstest module owns and implements: hardship shows
 * it on the file's page and re-runs it at the annual review without depending on meanstest (the arrow points the
 * other way, as with {@link NoticeObjections}). Both methods are called after the caller loaded the file.
 */
public interface CivilAffairsCrossCheck {

    /** The file's civil-affairs matches and the verdict, today. */
    CrossCheckResult of(long fileId);

    /** Re-runs the check (the annual review): raises a review task for every contradicting match not yet raised. */
    CrossCheckResult recheck(long fileId);
}
