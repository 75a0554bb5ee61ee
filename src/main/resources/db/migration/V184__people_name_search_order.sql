-- A name-prefix search in name order reads one range of this index (issue 10): byte order of the lower-case name,
-- in which a LIKE prefix is a range, so a common surname's page does not walk every name sorted before it.
create index worker_name_c_order_idx on worker ((lower(name) collate "C"), id);
