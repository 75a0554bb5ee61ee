/**
 * Accounts, roles, sign-in with lock-out after repeated failures, password change and the remembered
 * language. Public API: {@link org.unionaid.users.UserManagement}.
 */
@NullMarked
package org.unionaid.users;

import org.jspecify.annotations.NullMarked;
