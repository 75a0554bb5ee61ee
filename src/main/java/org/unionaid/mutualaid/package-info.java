/**
 * Mutual-aid plans and claims (职工互助保障, docs/design.md §4): plans with dated benefit rule versions ({@link
 * org.unionaid.mutualaid.MutualAidPlans}) applied by the pure {@link org.unionaid.mutualaid.BenefitCalculator};
 * employer enrolment of staff one by one, coverage and contributions due ({@link
 * org.unionaid.mutualaid.Enrolments}) or by list ({@link org.unionaid.mutualaid.StaffLists}); claims filed online
 * and adjudicated by claims reviewers, with annual accumulators per member, plan and year ({@link
 * org.unionaid.mutualaid.Claims}; reading {@link org.unionaid.mutualaid.ClaimQueries}); approved claims are paid through
 * the payouts module; statistics per plan and branch ({@link org.unionaid.mutualaid.MutualAidStatistics}); hospital
 * stays from imported settlement data become claims without the member filing one (免申即享, {@link
 * org.unionaid.mutualaid.HospitalStays}), confirmed in bulk ({@link org.unionaid.mutualaid.StayConfirmations}).
 * See docs/mutualaid.md.
 */
@ApplicationModule(allowedDependencies = {"audit", "branches", "documents", "notifications", "payouts", "people", "shared", "users"})
@NullMarked
package org.unionaid.mutualaid;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
