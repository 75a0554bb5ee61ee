/**
 * The per-branch dashboard (docs/design.md §6): open leads, active hardship files by category, mutual-aid claims by
 * state, money paid by programme and month, and budget use — for the caller's branch subtree, each section
 * only for the roles that may see its domain, as tables, charts and one Excel workbook. Every figure comes
 * from a read method of the owning module's facade ({@link org.unionaid.hardship.Leads},
 * {@link org.unionaid.hardship.HardshipFiles}, {@link org.unionaid.mutualaid.ClaimQueries},
 * {@link org.unionaid.payouts.PayoutQueries}, {@link org.unionaid.payouts.Funding},
 * {@link org.unionaid.programmes.Programmes}); this module owns no table and nothing depends on it.
 */
@ApplicationModule(allowedDependencies = {"hardship", "mutualaid", "payouts", "programmes", "shared"})
@NullMarked
package org.unionaid.dashboard;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
