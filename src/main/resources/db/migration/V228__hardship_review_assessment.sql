-- An annual review keeps the eligibility recalculated on its day (docs/hardship-files.md): the per-capita income
-- with the aid of the last twelve months from the household's benefit ledger counted as income, that aid, and the
-- category and outcome the standard suggested; the caseworker's outcome may differ (the findings say why).
alter table file_review
    add column assessed_per_capita numeric(14, 2),
    add column aid_counted         numeric(14, 2),
    add column suggested_category  varchar(16),
    add column suggested_outcome   varchar(16);
