package org.unionaid.hardship;

/** What raised a review task on a file. */
public enum ReviewTrigger {
    /** A civil-affairs record that contradicts the filing (a business, a vehicle, a property not declared). */
    CIVIL_AFFAIRS_MISMATCH,
    /** During monitoring: the household appears in an imported civil-affairs list. */
    RELAPSE_CIVIL_AFFAIRS,
    /** During monitoring: a mutual-aid claim of the worker was approved above the watch amount. */
    RELAPSE_CLAIM,
    /** During monitoring: the worker applied to a hardship-related programme. */
    RELAPSE_APPLICATION
}
