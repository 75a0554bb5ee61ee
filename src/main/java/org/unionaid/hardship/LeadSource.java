package org.unionaid.hardship;

/** Who brought the lead in. */
public enum LeadSource {
    CASEWORKER, VOLUNTEER, SELF_APPLICATION, DATA_MATCH, IMPORT
}
