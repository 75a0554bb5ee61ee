/**
 * Micro-wishes (微心愿, docs/wishes.md): a worker, or a caseworker for them, posts a small wish under a MICRO_WISH
 * programme (its value at most the programme's amount); a caseworker of the worker's branch approves it for the
 * donors' board; a donor — a PARTNER user or staff — claims it, delivers it and records the delivery with a photo,
 * or the worker confirms receipt. The board shows masked names and no contact data; statistics per branch.
 */
@ApplicationModule(allowedDependencies = {"audit", "branches", "documents", "notifications", "payouts", "people", "programmes",
        "shared", "users"})
@NullMarked
package org.unionaid.wishes;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
