/**
 * Cross-cutting web and infrastructure: security, the embedded database, locale, the layout model,
 * home and login pages, error handling.
 */
@NullMarked
package org.unionaid.system;

import org.jspecify.annotations.NullMarked;
