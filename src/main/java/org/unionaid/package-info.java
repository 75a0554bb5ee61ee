/**
 * UnionAid: hardship-worker files, mutual-aid claims and subsidy payouts for trade unions.
 * A modular monolith; each direct sub-package is a module (see docs/architecture.md).
 */
@NullMarked
package org.unionaid;

import org.jspecify.annotations.NullMarked;
