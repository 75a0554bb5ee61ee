/**
 * Cross-cutting web and infrastructure: security, the embedded database, locale, the layout model,
 * home and login pages, error handling.
 */
@ApplicationModule(allowedDependencies = {"branches", "shared", "users"})
@NullMarked
package org.unionaid.system;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
