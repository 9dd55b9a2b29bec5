-- The newcomer's profile. Contact details are kept apart from what matching uses.
create table candidate (
    id                      uuid primary key,
    user_id                 uuid unique,
    jobhunter_id            uuid,
    location_id             uuid         not null,
    newcomer_group          varchar(30)  not null check (newcomer_group in
                                ('ASYLUM_SEEKER', 'STATUS_HOLDER_WI2021', 'STATUS_HOLDER_WI2013', 'UKRAINIAN', 'OTHER')),
    dutch_level             varchar(2)   not null check (dutch_level in ('A0', 'A1', 'A2', 'B1', 'B2', 'C1', 'C2')),
    education_level         integer      check (education_level between 0 and 8),
    available_from          date,
    hours_min               integer      check (hours_min between 0 and 60),
    hours_max               integer      check (hours_max between 0 and 60),
    work_days               varchar(80)  not null default '',
    max_travel_km           integer      not null default 25 check (max_travel_km between 0 and 500),
    asylum_procedure_start  date,
    permit_status           varchar(20)  not null default 'NOT_NEEDED'
                                check (permit_status in ('NOT_NEEDED', 'NEEDED', 'APPLIED', 'GRANTED', 'REFUSED')),
    permit_status_date      date,
    uwv_notified_on         date,
    volunteer_declaration   boolean      not null default false,
    matching_consent_at     timestamptz,
    intake_date             date         not null,
    created_at              timestamptz  not null default now(),
    updated_at              timestamptz  not null default now(),
    version                 bigint       not null default 0,
    check (hours_min is null or hours_max is null or hours_min <= hours_max)
);
create index candidate_location_idx on candidate (location_id);
create index candidate_jobhunter_idx on candidate (jobhunter_id);

create table candidate_contact (
    candidate_id uuid primary key references candidate (id) on delete cascade,
    given_name   varchar(100) not null,
    family_name  varchar(100),
    email        varchar(200),
    phone        varchar(50)
);

create table candidate_language (
    candidate_id uuid       not null references candidate (id) on delete cascade,
    language     varchar(3) not null,
    level        varchar(2) not null check (level in ('A0', 'A1', 'A2', 'B1', 'B2', 'C1', 'C2')),
    primary key (candidate_id, language)
);

create table candidate_occupation (
    candidate_id      uuid         not null references candidate (id) on delete cascade,
    esco_uri          varchar(200) not null,
    months_experience integer      not null default 0 check (months_experience >= 0),
    primary key (candidate_id, esco_uri)
);

create table candidate_skill (
    candidate_id uuid         not null references candidate (id) on delete cascade,
    esco_uri     varchar(200) not null,
    primary key (candidate_id, esco_uri)
);
