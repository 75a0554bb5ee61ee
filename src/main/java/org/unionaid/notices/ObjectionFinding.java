package org.unionaid.notices;

/**
 * What staff found: UPHELD (the objection is right: the file is corrected or cancelled, the award withdrawn) or
 * NOT_UPHELD (the entry stands: the file may go on notice again, the award may be paid once its window closed).
 */
public enum ObjectionFinding {
    UPHELD, NOT_UPHELD
}
