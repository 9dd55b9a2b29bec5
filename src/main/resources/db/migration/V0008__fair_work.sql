-- Dutch statutory minimum wage (wettelijk minimumuurloon), gross per hour, by date and age; age 21
-- stands for 21 and older. Maintained by administrators; a missing youth row is derived from the
-- adult rate with the statutory percentage.
create table minimum_wage (
    effective_from date          not null,
    age            smallint      not null check (age between 15 and 21),
    percentage     numeric(5, 2) not null check (percentage > 0 and percentage <= 100),
    gross_hourly   numeric(7, 2) not null check (gross_hourly > 0),
    primary key (effective_from, age)
);

insert into minimum_wage (effective_from, age, percentage, gross_hourly) values
    ('2024-01-01', 21, 100.0, 13.27),
    ('2024-07-01', 21, 100.0, 13.68), ('2024-07-01', 20, 80.0, 10.94), ('2024-07-01', 19, 60.0, 8.21),
    ('2024-07-01', 18, 50.0, 6.84), ('2024-07-01', 17, 39.5, 5.40), ('2024-07-01', 16, 34.5, 4.72),
    ('2024-07-01', 15, 30.0, 4.10),
    ('2025-01-01', 21, 100.0, 14.06), ('2025-01-01', 20, 80.0, 11.25), ('2025-01-01', 19, 60.0, 8.44),
    ('2025-01-01', 18, 50.0, 7.03), ('2025-01-01', 17, 39.5, 5.55), ('2025-01-01', 16, 34.5, 4.85),
    ('2025-01-01', 15, 30.0, 4.22),
    ('2025-07-01', 21, 100.0, 14.40), ('2025-07-01', 20, 80.0, 11.52), ('2025-07-01', 19, 60.0, 8.64),
    ('2025-07-01', 18, 50.0, 7.20), ('2025-07-01', 17, 39.5, 5.69),
    ('2026-01-01', 21, 100.0, 14.71), ('2026-01-01', 20, 80.0, 11.77), ('2026-01-01', 19, 60.0, 8.83),
    ('2026-01-01', 18, 50.0, 7.36), ('2026-01-01', 17, 39.5, 5.81), ('2026-01-01', 16, 34.5, 5.07),
    ('2026-01-01', 15, 30.0, 4.41);

-- The terms of the work that the fair-work check reads, and the municipality's review.
alter table vacancy add column contract_type     varchar(30);
alter table vacancy add column minimum_age       integer  not null default 21 check (minimum_age between 15 and 67);
alter table vacancy add column max_hours_per_day integer  check (max_hours_per_day between 1 and 24);
alter table vacancy add column housing_tied      boolean  not null default false;
alter table vacancy add column fees_charged      boolean  not null default false;
alter table vacancy add column unpaid_trial      boolean  not null default false;
alter table vacancy add column review_reasons    varchar(500)  not null default '';
alter table vacancy add column review_note       varchar(2000);

alter table vacancy drop constraint if exists vacancy_status_check;
alter table vacancy add constraint vacancy_status_check
    check (status in ('DRAFT', 'IN_REVIEW', 'OPEN', 'PAUSED', 'CLOSED', 'REJECTED'));
