/**
 * Hardship-worker files (困难职工档案, DESIGN §3): screening leads and verification visits ({@link
 * org.unionaid.hardship.Leads}, {@link org.unionaid.hardship.ScreeningListImport}), the dated per-region
 * eligibility rules ({@link org.unionaid.hardship.EligibilityRules}), the files with their state machine
 * ({@link org.unionaid.hardship.HardshipFiles}), assistance plans, annual and joint reviews, and the
 * scheduled jobs (notice end, monitoring end, review reminders). See docs/hardship.md.
 */
@NullMarked
package org.unionaid.hardship;

import org.jspecify.annotations.NullMarked;
