/** Shapes shared by the modules' JSON APIs (one page of a list). */
@NullMarked
package org.unionaid.shared.web;

import org.jspecify.annotations.NullMarked;
