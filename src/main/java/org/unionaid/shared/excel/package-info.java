/** Excel (.xlsx) exports shared by the modules' lists. */
@NullMarked
package org.unionaid.shared.excel;

import org.jspecify.annotations.NullMarked;
