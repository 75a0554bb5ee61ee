-- The claims review queue's capped count (200k open claims of a province) read the heap for each claim's scope
-- path (23-31 ms); with the path in the partial index the count is an index-only scan (~3 ms) and the queue's
-- page checks the scope without a heap fetch per skipped row.
drop index mutualaid_claim_review_idx;
create index mutualaid_claim_review_idx on mutualaid_claim (submitted_on, id) include (branch_path)
    where state in ('SUBMITTED', 'IN_REVIEW', 'MORE_INFO_REQUESTED');

-- The statistics' "members granted more than the threshold" count read each summary row from the heap for its
-- scope path (11-20 ms at a province's 950k claimants); with the path included it is index-only (2-10 ms).
drop index mutualaid_claimant_granted_idx;
create index mutualaid_claimant_granted_idx on mutualaid_claimant_total (plan_id, granted desc) include (branch_path)
    where not spread;
