-- The applications list filtered by state counted its 10,001 rows by a sequential scan (22-35 ms for a city at
-- a province's volume); (state, scope path) counts them with an index-only scan in ~3 ms. It also serves
-- everything the single-column state index served, which goes.
create index programme_application_state_scope_idx
    on programme_application (state, branch_path varchar_pattern_ops);
drop index programme_application_state_idx;
