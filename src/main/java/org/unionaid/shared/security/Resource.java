package org.unionaid.shared.security;

import static org.unionaid.shared.security.Role.ADMIN;
import static org.unionaid.shared.security.Role.AUDITOR;
import static org.unionaid.shared.security.Role.CASEWORKER;
import static org.unionaid.shared.security.Role.CLAIMS_REVIEWER;
import static org.unionaid.shared.security.Role.EMPLOYER;
import static org.unionaid.shared.security.Role.SYSADMIN;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * The role × resource matrix of docs/security.md, as code: for each kind of record, the roles that read
 * it as staff within their branch subtree, whether the worker it concerns sees it, and whether a PARTNER
 * that funds its programme sees it (masked). Facades ask {@link #readsAsStaff(Actor)} before their scope
 * check; the access-matrix test derives its expectations from the same table. A record outside the
 * caller's need-to-know answers like a missing one.
 */
public enum Resource {

    /** The people registry (masked; SYSADMIN reads it to support users, never reveals). */
    WORKER(roles(CASEWORKER, ADMIN, AUDITOR, SYSADMIN), true, false),
    /** Hardship leads; the reporter and the worker concerned see only its state. */
    LEAD(roles(CASEWORKER, ADMIN, AUDITOR), false, false),
    /** Verification visits of a lead and their documents. */
    VISIT(roles(CASEWORKER, ADMIN, AUDITOR), false, false),
    HARDSHIP_FILE(roles(CASEWORKER, ADMIN, AUDITOR), true, false),
    /** Mutual-aid claims: the claims reviewers, the caseworker filing for a worker, the claimant. */
    CLAIM(roles(CLAIMS_REVIEWER, CASEWORKER), true, false),
    /** Enrolments: the employer union that enrolled the worker, and the worker. */
    ENROLMENT(roles(EMPLOYER), true, false),
    APPLICATION(roles(CASEWORKER, ADMIN, AUDITOR), true, true),
    PAYOUT(roles(ADMIN, AUDITOR, CASEWORKER, CLAIMS_REVIEWER), false, true),
    DISBURSEMENT_BATCH(roles(ADMIN, AUDITOR), false, false),
    USER_ACCOUNT(roles(SYSADMIN), false, false),
    BRANCH(roles(SYSADMIN), false, false),
    AUDIT_EVENT(roles(AUDITOR, SYSADMIN), false, false),
    /** Objections lodged on the public notice board (the objector's name and contact with them). */
    OBJECTION(roles(CASEWORKER, ADMIN, AUDITOR), false, false);

    private final Set<Role> staffReaders;
    private final boolean subjectSees;
    private final boolean fundingPartnerSees;

    Resource(Set<Role> staffReaders, boolean subjectSees, boolean fundingPartnerSees) {
        this.staffReaders = staffReaders;
        this.subjectSees = subjectSees;
        this.fundingPartnerSees = fundingPartnerSees;
    }

    /** The roles that read records of this kind within their branch subtree. */
    public Set<Role> staffReaders() {
        return staffReaders;
    }

    /** Whether the worker a record concerns sees it (their own). */
    public boolean subjectSees() {
        return subjectSees;
    }

    /** Whether a PARTNER sees the records of the programmes it funds (masked), wherever they are. */
    public boolean fundingPartnerSees() {
        return fundingPartnerSees;
    }

    /** Whether the actor holds a role that reads this kind of record as staff (the scope check follows). */
    public boolean readsAsStaff(Actor actor) {
        return actor.roles().stream().anyMatch(staffReaders::contains);
    }

    private static Set<Role> roles(Role... roles) {
        return Collections.unmodifiableSet(EnumSet.of(roles[0], roles));
    }
}
