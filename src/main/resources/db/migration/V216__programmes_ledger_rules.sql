-- Two rules read the household's benefit ledger: "at most N awards of this kind per period" and "not if funded
-- elsewhere for the same purpose in the period".
alter table programme_rule drop constraint programme_rule_type_check;
alter table programme_rule add constraint programme_rule_type_check check (type in ('HARDSHIP_CATEGORY', 'AGE_RANGE',
    'UNION_MEMBER', 'SOCIAL_INSURANCE_MONTHS', 'LOCAL_LABOUR_CONTRACT', 'SCHOOL_STAGE', 'EMPLOYMENT_FORM',
    'MAX_AWARDS_PER_PERIOD', 'NOT_FUNDED_ELSEWHERE'));
