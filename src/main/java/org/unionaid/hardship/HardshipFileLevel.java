package org.unionaid.hardship;

/** Which level's register the file belongs to (全国级 / 省级 / 市级). */
public enum HardshipFileLevel {
    NATIONAL, PROVINCIAL, CITY
}
