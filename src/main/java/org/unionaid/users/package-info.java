/**
 * Accounts, roles, sign-in with lock-out after repeated failures, password change and the remembered
 * language. Public API: {@link org.unionaid.users.Users}.
 */
@ApplicationModule(allowedDependencies = {"audit", "branches", "shared"})
@NullMarked
package org.unionaid.users;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
