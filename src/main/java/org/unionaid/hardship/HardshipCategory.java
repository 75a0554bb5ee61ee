package org.unionaid.hardship;

/** DEEP (深度困难), RELATIVE (相对困难), ACCIDENT (意外致困). */
public enum HardshipCategory {
    DEEP, RELATIVE, ACCIDENT
}
