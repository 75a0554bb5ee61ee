/**
 * The civil-affairs cross-check of the means test (家庭经济状况核对, docs/meanstest.md): caseworkers import a
 * civil-affairs list (低保/特困 rolls, property, vehicles, business registrations; xlsx or CSV, all-or-nothing) whose
 * rows are matched to workers by the keyed national-ID hash — the ID itself is never stored ({@link
 * org.unionaid.meanstest.CivilAffairsImports}); each open file of a matched worker gets a verdict (CONSISTENT /
 * NEEDS_REVIEW) and a review task for every match that contradicts its filing, a file in monitoring one for any
 * match ({@link org.unionaid.meanstest.CrossChecks}, which implements {@link
 * org.unionaid.hardship.CivilAffairsCrossCheck} so the file page and the annual review show and re-run it); the
 * files to re-verify are listed per subtree.
 */
@ApplicationModule(allowedDependencies = {"audit", "branches", "hardship", "people", "shared", "users"})
@NullMarked
package org.unionaid.meanstest;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
