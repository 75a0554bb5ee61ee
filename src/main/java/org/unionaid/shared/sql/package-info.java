/** Small helpers for the plain-SQL list queries of the modules (ordering, paging). */
@NullMarked
package org.unionaid.shared.sql;

import org.jspecify.annotations.NullMarked;
