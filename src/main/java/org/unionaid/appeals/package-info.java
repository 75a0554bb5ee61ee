/**
 * Appeals (申诉/复核申请, docs/appeals.md): a worker whose application or mutual-aid claim was refused, or whose
 * hardship file was cancelled, asks within a configured number of days for the decision to be reviewed; a
 * different staff member than the one who refused decides (entity and database), upholding (the owning module
 * reopens its record for a new decision) or dismissing it; the worker is notified, everything audited.
 * The owning modules answer through small public read methods and never depend on this module.
 */
@ApplicationModule(allowedDependencies = {"audit", "branches", "documents", "hardship", "mutualaid", "notifications",
        "programmes", "shared", "users"})
@NullMarked
package org.unionaid.appeals;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
