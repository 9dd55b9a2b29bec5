-- Days on which a candidate attends Dutch language classes (MONDAY,TUESDAY,...): a dual trajectory
-- should leave them free.
alter table candidate add column language_class_days varchar(80) not null default '';

-- Certificates and licences a vacancy requires (codes of nl.werkbrug.shared.Certificate).
create table vacancy_certificate (
    vacancy_id uuid        not null references vacancy (id) on delete cascade,
    code       varchar(40) not null,
    primary key (vacancy_id, code)
);

-- A jobhunter's shortlist: candidates kept for a vacancy, the first step of their route to it.
create table shortlist_entry (
    id           uuid        primary key,
    vacancy_id   uuid        not null references vacancy (id) on delete cascade,
    candidate_id uuid        not null references candidate (id) on delete cascade,
    added_by     uuid        not null,
    added_at     timestamptz not null,
    unique (vacancy_id, candidate_id)
);
create index shortlist_entry_candidate_idx on shortlist_entry (candidate_id);

-- The API scope "matching" is now called "match".
update api_token set scopes = replace(scopes, 'matching', 'match') where scopes like '%matching%';
