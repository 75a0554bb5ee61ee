-- Indexes for the default order of two big lists, found by the benchmark profile (docs/operations.md):
-- the payouts list (newest first) scanned and sorted a city's payouts; the worker list without a query
-- (by name) scanned the whole registry.
create index payout_proposed_order_idx on payout (proposed_at desc, id desc);
create index worker_name_order_idx on worker (name, id);
