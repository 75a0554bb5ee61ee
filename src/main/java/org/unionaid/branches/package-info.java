/**
 * The union branch tree (national → province → city → district → grassroots) and the scoping every
 * query uses: a user sees their branch and its descendants. Public API: {@link
 * org.unionaid.branches.Branches}, {@link org.unionaid.branches.BranchScope}.
 */
@ApplicationModule(allowedDependencies = {"audit", "shared"})
@NullMarked
package org.unionaid.branches;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
