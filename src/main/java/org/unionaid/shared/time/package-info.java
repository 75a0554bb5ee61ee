/** The application's one time zone: "today", day boundaries and the text of instants on pages and in exports. */
@NullMarked
package org.unionaid.shared.time;

import org.jspecify.annotations.NullMarked;
