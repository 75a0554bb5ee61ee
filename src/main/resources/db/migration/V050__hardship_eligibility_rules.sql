-- Eligibility rule sets per region, dated: the local minimum living standard (低保标准, per person and
-- month) and the multipliers and shares that separate the hardship categories (docs/design.md §3).
create table eligibility_rule_set (
    id                  bigserial primary key,
    region_code         varchar(12)   not null,
    region_name         varchar(100)  not null,
    valid_from          date          not null,
    valid_to            date,
    min_living_standard numeric(14, 2) not null check (min_living_standard > 0),
    deep_multiplier     numeric(5, 2) not null default 1.00 check (deep_multiplier > 0),
    relative_multiplier numeric(5, 2) not null default 2.00,
    accident_cost_share numeric(5, 2) not null default 0.80 check (accident_cost_share > 0 and accident_cost_share <= 1),
    notice_days         integer       not null default 7 check (notice_days between 1 and 60),
    monitoring_months   integer       not null default 12 check (monitoring_months between 1 and 60),
    created_by          varchar(64)   not null,
    created_at          timestamptz   not null default now(),
    version             bigint        not null default 0,
    constraint eligibility_rule_set_relative_above_deep check (relative_multiplier > deep_multiplier),
    constraint eligibility_rule_set_dates check (valid_to is null or valid_to >= valid_from),
    constraint eligibility_rule_set_start_uq unique (region_code, valid_from)
);
create index eligibility_rule_set_region_idx on eligibility_rule_set (region_code, valid_from desc);

-- Exclusion questions of a rule set (a second home, a business employing others, …): a yes blocks filing.
create table eligibility_exclusion (
    id          bigserial primary key,
    rule_set_id bigint       not null references eligibility_rule_set (id) on delete cascade,
    code        varchar(40)  not null,
    label_zh    varchar(200) not null,
    label_en    varchar(200) not null,
    constraint eligibility_exclusion_code_uq unique (rule_set_id, code)
);
