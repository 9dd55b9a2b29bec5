-- An erased person stays in the monitor's counts without being recognisable: the anonymous
-- reference their kept route tracks carry instead of the candidate id, and whether they were
-- high-skilled (education at ISCED 6 or higher) for the at-level indicator. Nothing else is kept.
alter table erased_candidate add column person_ref uuid;
alter table erased_candidate add column high_skilled boolean not null default false;
create index erased_candidate_person_ref on erased_candidate (person_ref);

-- The monitor reads routes by their first step and by their start.
create index route_track_started on route_track (started_on);
