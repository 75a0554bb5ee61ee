package org.unionaid.shared.security;

/** The roles of docs/design.md §1. A user may hold several. */
public enum Role {
    WORKER, VOLUNTEER, EMPLOYER, CASEWORKER, CLAIMS_REVIEWER, ADMIN, PARTNER, AUDITOR, SYSADMIN;

    public String authority() {
        return "ROLE_" + name();
    }
}
