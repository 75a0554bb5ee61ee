/**
 * Append-only audit trail: every change to a file, claim, payout, user or branch, and every view of an
 * unmasked sensitive field, is one row (who, when, what entity, action, before/after, why). The
 * database refuses UPDATE, DELETE and TRUNCATE on it. AUDITOR and SYSADMIN browse it.
 */
@ApplicationModule(allowedDependencies = {"shared"})
@NullMarked
package org.unionaid.audit;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
