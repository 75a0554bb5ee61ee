-- The public notice board lists a subtree's files in public notice by the end of their notice.
create index hardship_file_on_notice_scope_idx on hardship_file (branch_path varchar_pattern_ops, notice_ends_on)
    where state = 'PUBLIC_NOTICE';
