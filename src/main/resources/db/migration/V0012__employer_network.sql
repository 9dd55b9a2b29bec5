-- The network of inclusive employers: what an employer commits to for newcomers, a short public
-- description, a website, and whether they chose to appear in the network directory.
alter table employer add column description       varchar(1000) not null default '';
alter table employer add column website           varchar(300);
alter table employer add column listed_in_network boolean       not null default false;

create table employer_commitment (
    employer_id uuid        not null references employer (id) on delete cascade,
    commitment  varchar(40) not null check (commitment in ('LANGUAGE_SUPPORT', 'BUDDY_OR_MENTOR',
                    'FLEXIBLE_HOURS_FOR_CLASSES', 'STAFF_TRAINED', 'WILLING_TO_APPLY_TWV',
                    'OFFERS_DUAL_TRAJECTORIES', 'PUBLIC_TRANSPORT')),
    primary key (employer_id, commitment)
);

-- Events of the network (the job fair for speakers of other languages, information sessions),
-- created by the municipality, and the employers that signed up to come.
create table network_event (
    id          uuid          primary key,
    title       varchar(200)  not null,
    kind        varchar(20)   not null check (kind in ('JOB_FAIR', 'INFO_SESSION', 'OTHER')),
    starts_on   date          not null,
    starts_at   time          not null,
    place       varchar(200)  not null,
    description varchar(2000) not null default '',
    languages   varchar(200)  not null default '',
    created_by  varchar(100)  not null,
    created_at  timestamptz   not null
);
create index network_event_starts_on_idx on network_event (starts_on);

create table network_event_employer (
    event_id    uuid not null references network_event (id) on delete cascade,
    employer_id uuid not null references employer (id) on delete cascade,
    primary key (event_id, employer_id)
);
create index network_event_employer_employer_idx on network_event_employer (employer_id);
