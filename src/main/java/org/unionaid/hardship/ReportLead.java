package org.unionaid.hardship;

import org.jspecify.annotations.Nullable;

/**
 * A lead as reported from the field.
 *
 * @param nationalId optional (a volunteer may not know it); validated when given
 * @param workerId the registered worker it concerns, when known (self-applications)
 */
public record ReportLead(long branchId, String personName, @Nullable String nationalId, @Nullable String phone,
                         @Nullable String address, String situation, @Nullable String reporterContact,
                         @Nullable Long workerId) {
}
