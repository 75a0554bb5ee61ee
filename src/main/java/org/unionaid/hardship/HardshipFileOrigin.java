package org.unionaid.hardship;

/** NEW, EXISTING (migrated from an earlier register) or RELAPSED (返困: fell back during monitoring). */
public enum HardshipFileOrigin {
    NEW, EXISTING, RELAPSED
}
