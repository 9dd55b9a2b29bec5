-- A candidate's route to work: tracks (one vacancy, or work found elsewhere) and their dated steps.
-- Plain columns, so that the municipality's indicators can be counted with SQL. When a candidate is
-- erased, their tracks stay but are anonymised: candidate_id becomes a random ID, notes and free
-- text are cleared.
create table route_track (
    id            uuid primary key,
    candidate_id  uuid         not null,
    location_id   uuid         not null,
    intake_date   date         not null,
    vacancy_id    uuid,
    employer_id   uuid,
    employer_name varchar(200),
    municipality  varchar(100),
    kind          varchar(30)  not null
                  check (kind in ('JOB', 'DUAL_TRAJECTORY', 'INTERNSHIP', 'VOLUNTEER', 'WORK_EXPERIENCE')),
    in_municipality boolean    not null,
    stage         varchar(30)  not null check (stage in ('SUGGESTED', 'SHORTLISTED', 'INTRODUCTION_ASKED',
                  'INTRODUCED', 'INTERVIEW', 'TRIAL_OR_PLACEMENT', 'STARTED', 'ENDED', 'STOPPED')),
    reached_stage varchar(30)  not null check (reached_stage in ('SUGGESTED', 'SHORTLISTED', 'INTRODUCTION_ASKED',
                  'INTRODUCED', 'INTERVIEW', 'TRIAL_OR_PLACEMENT', 'STARTED', 'ENDED')),
    stop_reason   varchar(30)  check (stop_reason in ('LANGUAGE', 'TRAVEL', 'PERMIT', 'EMPLOYER_DECLINED',
                  'CANDIDATE_DECLINED', 'SKILLS', 'AVAILABILITY', 'OTHER')),
    opened_on     date         not null,
    started_on    date,
    ended_on      date,
    check (vacancy_id is not null or employer_name is not null)
);
create index route_track_candidate on route_track (candidate_id);
create index route_track_vacancy on route_track (vacancy_id, candidate_id);

create table route_step (
    id              uuid primary key,
    track_id        uuid         not null references route_track (id) on delete cascade,
    stage           varchar(30)  not null check (stage in ('SUGGESTED', 'SHORTLISTED', 'INTRODUCTION_ASKED',
                    'INTRODUCED', 'INTERVIEW', 'TRIAL_OR_PLACEMENT', 'STARTED', 'ENDED', 'STOPPED')),
    happened_on     date         not null,
    recorded_by     uuid         not null,
    recorded_at     timestamptz  not null,
    note            varchar(1000),
    stop_reason     varchar(30)  check (stop_reason in ('LANGUAGE', 'TRAVEL', 'PERMIT', 'EMPLOYER_DECLINED',
                    'CANDIDATE_DECLINED', 'SKILLS', 'AVAILABILITY', 'OTHER')),
    interview_at    timestamptz,
    interview_place varchar(300),
    check (stage <> 'STOPPED' or stop_reason is not null)
);
create index route_step_track on route_step (track_id, happened_on);

-- The jobhunter's notes and tasks about a candidate; open tasks are the candidate's open actions.
create table candidate_note (
    id           uuid primary key,
    candidate_id uuid          not null,
    text         varchar(4000) not null,
    written_by   uuid          not null,
    written_at   timestamptz   not null
);
create index candidate_note_candidate on candidate_note (candidate_id, written_at);

create table candidate_task (
    id           uuid primary key,
    candidate_id uuid          not null,
    text         varchar(500)  not null,
    due_on       date,
    done_at      timestamptz,
    created_by   uuid          not null,
    created_at   timestamptz   not null
);
create index candidate_task_candidate on candidate_task (candidate_id, done_at);

-- Introductions now need the candidate's own answer; a jobhunter can also propose one directly.
alter table introduction_request drop constraint introduction_request_status_check;
alter table introduction_request add constraint introduction_request_status_check
    check (status in ('REQUESTED', 'PROPOSED_TO_CANDIDATE', 'DECLINED', 'WITHDRAWN', 'ACCEPTED', 'REFUSED'));
alter table introduction_request add column answered_at timestamptz;
alter table introduction_request add column answer_reason varchar(500);

-- What a candidate agreed to share with one employer, after accepting an introduction; a withdrawn
-- share hides their name and contact details from that employer again.
create table contact_share (
    id              uuid primary key,
    candidate_id    uuid        not null,
    employer_id     uuid        not null,
    introduction_id uuid        not null references introduction_request (id) on delete cascade,
    shared_at       timestamptz not null,
    withdrawn_at    timestamptz
);
create index contact_share_candidate on contact_share (candidate_id);
create index contact_share_employer on contact_share (employer_id, candidate_id);
