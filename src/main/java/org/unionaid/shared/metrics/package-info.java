/**
 * Helpers of the modules' business metrics (each module binds its own meters, {@code unionaid_*} on
 * /actuator/prometheus; docs/operations.md, "Metrics").
 */
@NullMarked
package org.unionaid.shared.metrics;

import org.jspecify.annotations.NullMarked;
