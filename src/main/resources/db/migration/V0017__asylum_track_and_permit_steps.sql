-- The track of the asylum procedure (the rules on work depend on it since 12 June 2026), and the
-- dated history of a work permit (TWV): applied for, granted, refused, withdrawn.
alter table candidate add column asylum_track varchar(20) not null default 'UNKNOWN'
    check (asylum_track in ('UNKNOWN', 'GENERAL', 'LIKELY_GRANTED', 'SAFE_COUNTRY'));

create table permit_step (
    id           uuid primary key,
    candidate_id uuid         not null references candidate (id) on delete cascade,
    status       varchar(20)  not null check (status in ('NOT_NEEDED', 'NEEDED', 'APPLIED', 'GRANTED', 'REFUSED')),
    step_date    date         not null,
    employer     varchar(200),
    note         varchar(1000),
    recorded_by  uuid         not null,
    recorded_at  timestamptz  not null
);
create index permit_step_candidate on permit_step (candidate_id, step_date);
