-- A file opened from a lead points back to it; a lead filed points to its file.
alter table hardship_file
    add constraint hardship_file_lead_fk foreign key (lead_id) references lead (id);
alter table lead
    add constraint lead_file_fk foreign key (file_id) references hardship_file (id);
create index hardship_file_lead_idx on hardship_file (lead_id) where lead_id is not null;
