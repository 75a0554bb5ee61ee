/**
 * Payouts (docs/design.md §5): funding sources with their budget arithmetic ({@link org.unionaid.payouts.Funding}),
 * payouts with maker-checker approval ({@link org.unionaid.payouts.Payouts}; reading
 * {@link org.unionaid.payouts.PayoutQueries}), disbursement batches and bank files
 * ({@link org.unionaid.payouts.DisbursementBatches}; the bank's result file
 * {@link org.unionaid.payouts.BankResults}). The module knows nothing of programmes, hardship files or mutual-aid
 * claims: a payout names its origin by ({@link org.unionaid.payouts.PayoutSourceType}, id)
 * and its programme by id; those modules call the facades and listen to the events ({@code PayoutApproved},
 * {@code PayoutPaid} …) with a synchronous {@code @EventListener}, in the transaction that made the change.
 *
 * <p>Who: CASEWORKER, CLAIMS_REVIEWER and ADMIN propose; ADMIN approves, rejects, cancels, reissues, batches
 * and pledges — never approving their own proposal; AUDITOR reads; PARTNER reads the payouts its sources fund
 * (payee masked). Everything within the caller's branch subtree; anything else is 404. See docs/payouts.md.
 */
@ApplicationModule(allowedDependencies = {"audit", "branches", "documents", "notifications", "people", "shared", "users"})
@NullMarked
package org.unionaid.payouts;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
