create table employer (
    id              uuid primary key,
    organisation_id uuid         not null unique,
    kvk_number      varchar(8)   check (kvk_number ~ '^[0-9]{8}$'),
    sector          varchar(100) not null,
    contact_name    varchar(200),
    contact_email   varchar(200),
    status          varchar(20)  not null default 'PENDING'
                        check (status in ('PENDING', 'APPROVED', 'REJECTED', 'SUSPENDED')),
    created_at      timestamptz  not null default now()
);

create table vacancy (
    id                  uuid primary key,
    employer_id         uuid          not null references employer (id) on delete cascade,
    title               varchar(200)  not null,
    description         text          not null default '',
    type                varchar(30)   not null check (type in ('JOB', 'DUAL_TRAJECTORY', 'INTERNSHIP', 'VOLUNTEER', 'WORK_EXPERIENCE')),
    status              varchar(20)   not null default 'OPEN' check (status in ('DRAFT', 'OPEN', 'PAUSED', 'CLOSED')),
    occupation_uri      varchar(200)  not null,
    dutch_level         varchar(2)    not null check (dutch_level in ('A0', 'A1', 'A2', 'B1', 'B2', 'C1', 'C2')),
    education_level     integer       check (education_level between 0 and 8),
    hours_min           integer       not null check (hours_min between 0 and 60),
    hours_max           integer       not null check (hours_max between 0 and 60),
    work_days           varchar(80)   not null default '',
    language_days       varchar(80)   not null default '',
    location_id         uuid          not null,
    hourly_wage         numeric(7, 2) check (hourly_wage >= 0),
    start_date          date,
    positions           integer       not null default 1 check (positions > 0),
    permit_willing      boolean       not null default false,
    created_at          timestamptz   not null default now(),
    updated_at          timestamptz   not null default now(),
    version             bigint        not null default 0,
    check (hours_min <= hours_max)
);
create index vacancy_employer_idx on vacancy (employer_id);
create index vacancy_status_type_idx on vacancy (status, type);

create table vacancy_skill (
    vacancy_id uuid         not null references vacancy (id) on delete cascade,
    esco_uri   varchar(200) not null,
    essential  boolean      not null,
    primary key (vacancy_id, esco_uri)
);
