-- Learning points: what helped or blocked on a route to work, recorded by a jobhunter for the
-- municipality's monitor. Anonymous by design: no candidate, no track, no day; only the location,
-- the group, the month, the kind of work and the stage the track had reached are kept.
create table learning_point (
    id             uuid primary key,
    location_id    uuid         not null,
    newcomer_group varchar(30)  not null check (newcomer_group in ('ASYLUM_SEEKER', 'STATUS_HOLDER_WI2021',
                   'STATUS_HOLDER_WI2013', 'UKRAINIAN', 'OTHER')),
    track_kind     varchar(30)  check (track_kind in ('JOB', 'DUAL_TRAJECTORY', 'INTERNSHIP', 'VOLUNTEER',
                   'WORK_EXPERIENCE')),
    outcome        varchar(30)  not null check (outcome in ('SUGGESTED', 'SHORTLISTED', 'INTRODUCTION_ASKED',
                   'INTRODUCED', 'INTERVIEW', 'TRIAL_OR_PLACEMENT', 'STARTED', 'ENDED', 'STOPPED')),
    effect         varchar(10)  not null check (effect in ('HELPED', 'BLOCKED')),
    tags           varchar(400) not null check (tags <> ''),
    text           varchar(280),
    recorded_month date         not null check (extract(day from recorded_month) = 1),
    recorded_by    uuid         not null,
    recorded_at    timestamptz  not null
);
create index learning_point_month_location on learning_point (recorded_month, location_id);
