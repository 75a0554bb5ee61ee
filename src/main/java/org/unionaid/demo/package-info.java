/**
 * Demo data for the dev profile (and the tests): a branch tree with two cities, users of every role
 * and households. Loaded only when {@code unionaid.demo-data=true}, idempotently; never in production.
 * Uses only the other modules' facades.
 */
@ApplicationModule(allowedDependencies = {"branches", "documents", "hardship", "meanstest", "mutualaid", "payouts", "people", "programmes", "shared", "users", "wishes"})
@NullMarked
package org.unionaid.demo;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
