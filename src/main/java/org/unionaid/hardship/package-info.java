/**
 * Hardship-worker files (困难职工档案, docs/design.md §3): screening leads and verification visits ({@link
 * org.unionaid.hardship.Leads}, {@link org.unionaid.hardship.Visits}, {@link
 * org.unionaid.hardship.ScreeningListImport}); the dated, per-region eligibility rule sets and the assessment
 * that suggests a category ({@link org.unionaid.hardship.EligibilityRules}); the files themselves with their
 * state machine, history and date job ({@link org.unionaid.hardship.HardshipFiles}, {@link
 * org.unionaid.hardship.HardshipFileJobs}); assistance plans, reviews and joint reviews ({@link
 * org.unionaid.hardship.AssistancePlans}, {@link org.unionaid.hardship.Reviews}, {@link
 * org.unionaid.hardship.JointReviews}); review reminders ({@link org.unionaid.hardship.ReviewReminders}); the means-test consent, review tasks and the relapse
 * watch ({@link org.unionaid.hardship.FileConsents}, {@link org.unionaid.hardship.FileReviewTasks}, {@link
 * org.unionaid.hardship.RelapseWatch}; mutual aid only for its {@code ClaimApproved} event). See
 * docs/hardship.md and docs/hardship-files.md.
 */
@ApplicationModule(allowedDependencies = {"audit", "branches", "documents", "mutualaid", "notifications", "payouts", "people", "shared", "users"})
@NullMarked
package org.unionaid.hardship;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
