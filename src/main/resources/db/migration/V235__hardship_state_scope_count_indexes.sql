-- Capped counts of the files and leads lists filtered by state (and category) were sequential scans at a
-- province's volume (files ACTIVE + DEEP: 34 ms for 10,001 of 200k files; leads NEW of a city: 10 ms), because
-- no index held the filter and the scope together. With (filter, scope path) an index-only scan counts the
-- 10,001 rows in ~3 ms, for a district as for the province (docs/operations.md, issue 10).
create index hardship_file_state_category_scope_idx
    on hardship_file (state, category, branch_path varchar_pattern_ops);
create index lead_state_scope_idx on lead (state, branch_path varchar_pattern_ops);
