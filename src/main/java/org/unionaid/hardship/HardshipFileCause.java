package org.unionaid.hardship;

/** Causes of hardship (致困原因). */
public enum HardshipFileCause {
    ILLNESS, DISABILITY, SCHOOLING, DISASTER, ACCIDENT, UNEMPLOYMENT, ENTERPRISE_CLOSURE, WORK_INJURY, SINGLE_PARENT,
    OTHER
}
