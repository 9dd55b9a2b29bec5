-- An employer asks for an introduction to a candidate it saw anonymously; the request goes to the
-- jobhunters of the candidate's location.
create table introduction_request (
    id           uuid primary key,
    vacancy_id   uuid          not null,
    employer_id  uuid          not null,
    candidate_id uuid          not null,
    location_id  uuid          not null,
    message      varchar(2000) not null,
    status       varchar(30)   not null check (status in ('REQUESTED', 'PROPOSED_TO_CANDIDATE', 'DECLINED', 'WITHDRAWN')),
    requested_by uuid          not null,
    requested_at timestamptz   not null,
    handled_by   uuid,
    handled_at   timestamptz,
    note         varchar(1000)
);
create index introduction_request_location on introduction_request (location_id, status);
create index introduction_request_vacancy on introduction_request (vacancy_id);
create index introduction_request_candidate on introduction_request (candidate_id);
