/**
 * The people registry (docs/design.md §2): workers, their households and household members. One person is one
 * record: a national ID is unique across the whole system, found through a keyed hash; the ID and bank
 * account are stored encrypted and shown masked.
 *
 * <p>Who may do what (checked in {@link org.unionaid.people.People} and {@link org.unionaid.people.Households}):
 * <ul>
 *   <li>search and read workers of their branch subtree: CASEWORKER, ADMIN, AUDITOR, SYSADMIN;</li>
 *   <li>register and edit workers and households: CASEWORKER (they keep the files);</li>
 *   <li>see a full national ID: CASEWORKER, ADMIN and AUDITOR (verification, payouts, oversight), each
 *       view audited as {@code VIEW_NATIONAL_ID}; not SYSADMIN, who runs the system but does no case work;</li>
 *   <li>a worker reads (and may unmask) only their own record; everyone else gets 404;</li>
 *   <li>a worker keeps the members of their own household ({@link org.unionaid.people.HouseholdChanges}); for a
 *       household with an open hardship file the change waits for a CASEWORKER of the subtree to accept it.</li>
 * </ul>
 * Public API: {@link org.unionaid.people.People}, {@link org.unionaid.people.Households} (a worker's household
 * and members), {@link org.unionaid.people.SelfRegistrations} (the public registration page),
 * {@link org.unionaid.people.HouseholdChanges} (a worker's own household changes and the caseworker's decisions on
 * them) with the interface {@link org.unionaid.people.HouseholdFiles} the hardship module implements; for other modules' services (not controllers)
 * {@link org.unionaid.people.WorkerDirectory}, the batch read of the names, masked IDs and account status a
 * page of their own rows shows (one query per page, no scope check: the caller scoped the rows); the events
 * {@link org.unionaid.people.PayoutAccountChanged} and {@link org.unionaid.people.WorkerRenamed}.
 */
@ApplicationModule(allowedDependencies = {"audit", "branches", "shared", "users"})
@NullMarked
package org.unionaid.people;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
