/**
 * Subsidy programmes (帮扶、助学、送温暖项目, docs/design.md §5): programmes with their eligibility rules, custom
 * questions and benefit tiers ({@link org.unionaid.programmes.Programmes}), applications by workers or
 * nominations by caseworkers with the stored automatic eligibility check, recommendation, decision and the
 * payout proposal ({@link org.unionaid.programmes.Applications}). Money moves in the payouts module: this
 * module proposes payouts through its facade and follows their state through its events. See
 * docs/programmes.md.
 */
@ApplicationModule(allowedDependencies = {"audit", "branches", "documents", "hardship", "notifications", "payouts", "people", "shared", "users"})
@NullMarked
package org.unionaid.programmes;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
