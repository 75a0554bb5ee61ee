/** The signed-in user ({@link org.unionaid.shared.security.Actor}) and roles, shared by all modules. */
@NullMarked
package org.unionaid.shared.security;

import org.jspecify.annotations.NullMarked;
