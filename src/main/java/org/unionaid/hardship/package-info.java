/**
 * Hardship-worker files (困难职工档案, DESIGN §3). So far: the dated, per-region eligibility rule sets and
 * the assessment that suggests a category. Leads, visits, files, plans and reviews follow (issue 3).
 */
@NullMarked
package org.unionaid.hardship;

import org.jspecify.annotations.NullMarked;
