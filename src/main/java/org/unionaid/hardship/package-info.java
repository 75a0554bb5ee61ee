/**
 * Hardship-worker files (困难职工档案, DESIGN §3): the dated, per-region eligibility rule sets and the
 * assessment that suggests a category ({@link org.unionaid.hardship.EligibilityRules}); the files themselves
 * with their state machine, history and date job ({@link org.unionaid.hardship.HardshipFiles},
 * {@link org.unionaid.hardship.HardshipFileJobs}); assistance plans, reviews and joint reviews
 * ({@link org.unionaid.hardship.AssistancePlans}, {@link org.unionaid.hardship.Reviews},
 * {@link org.unionaid.hardship.JointReviews}). Leads and visits follow (issue 3). See docs/hardship-files.md.
 */
@NullMarked
package org.unionaid.hardship;

import org.jspecify.annotations.NullMarked;
