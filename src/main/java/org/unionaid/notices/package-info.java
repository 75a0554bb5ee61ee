/**
 * The public notice board (公示栏) and its objections (异议), docs/design.md §3 and §5: a page without sign-in that
 * lists, masked, every hardship file in public notice and every programme award whose programme requires a notice
 * ({@link org.unionaid.notices.NoticeBoard}); objections anyone may lodge there, which pause the entry (the file
 * goes back to review, the award's payout cannot be approved) until staff of the entry's branch resolve them with a
 * finding ({@link org.unionaid.notices.Objections}). Hardship and payouts learn of open objections through their
 * own interfaces ({@link org.unionaid.hardship.NoticeObjections}, {@link org.unionaid.payouts.PayoutApprovalCheck}),
 * which {@link org.unionaid.notices.OpenObjections} implements. See docs/notices.md.
 */
@ApplicationModule(allowedDependencies = {"audit", "branches", "hardship", "payouts", "programmes", "shared", "users"})
@NullMarked
package org.unionaid.notices;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
