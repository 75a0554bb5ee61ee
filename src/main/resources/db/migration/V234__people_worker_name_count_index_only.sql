-- The worker search's capped count of a name prefix ("王": 7% of a province's 2M workers) walked
-- worker_name_c_order_idx with a heap fetch per row, or the planner counted by a sequential scan of the whole
-- table (73-117 ms at 2M workers, docs/operations.md). An expression index can serve an index-only scan only
-- when the column under the expression is in the index too, so the index now includes the name beside the scope
-- path: the count of 10,001 matches becomes an index-only scan of ~3 ms.
drop index if exists worker_name_c_order_idx;
create index worker_name_c_order_idx on worker ((lower(name) collate "C"), id) include (branch_path, name);
