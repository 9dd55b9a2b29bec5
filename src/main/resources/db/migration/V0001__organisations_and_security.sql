-- Organisations and the places where newcomers live or work.
create table organisation (
    id           uuid primary key,
    name         varchar(200) not null,
    type         varchar(30)  not null check (type in ('MUNICIPALITY', 'SOCIAL_SERVICE', 'COA', 'EMPLOYER')),
    municipality varchar(100),
    created_at   timestamptz  not null default now()
);

create table location (
    id              uuid primary key,
    name            varchar(200)     not null,
    type            varchar(30)      not null check (type in ('AZC', 'MUNICIPALITY')),
    municipality    varchar(100)     not null,
    latitude        double precision not null check (latitude between -90 and 90),
    longitude       double precision not null check (longitude between -180 and 180),
    organisation_id uuid references organisation (id),
    capacity        integer check (capacity >= 0)
);
create unique index location_name_uk on location (lower(name));

-- Users, roles and API tokens.
create table app_user (
    id              uuid primary key,
    username        varchar(100) not null,
    password_hash   varchar(200) not null,
    display_name    varchar(200) not null,
    locale          varchar(10),
    organisation_id uuid,
    enabled         boolean      not null default true,
    created_at      timestamptz  not null default now()
);
create unique index app_user_username_uk on app_user (lower(username));

create table app_user_role (
    user_id uuid        not null references app_user (id) on delete cascade,
    role    varchar(30) not null check (role in ('NEWCOMER', 'JOBHUNTER', 'EMPLOYER', 'MUNICIPALITY', 'ADMIN')),
    primary key (user_id, role)
);

-- The locations a staff member (a jobhunter, say) works for.
create table app_user_location (
    user_id     uuid not null references app_user (id) on delete cascade,
    location_id uuid not null,
    primary key (user_id, location_id)
);

create table api_token (
    id           uuid primary key,
    name         varchar(100) not null,
    token_hash   varchar(64)  not null unique,
    user_id      uuid         not null references app_user (id) on delete cascade,
    scopes       varchar(500) not null,
    created_by   uuid         references app_user (id) on delete set null,
    created_at   timestamptz  not null,
    expires_at   timestamptz,
    revoked_at   timestamptz,
    last_used_at timestamptz
);

-- Append-only record of who saw or changed whose personal data, and why.
create table audit_event (
    id           bigserial primary key,
    occurred_at  timestamptz  not null default now(),
    actor        varchar(100) not null,
    action       varchar(40)  not null,
    subject_type varchar(40)  not null,
    subject_id   varchar(64)  not null,
    purpose      varchar(200)
);
create index audit_event_subject_idx on audit_event (subject_type, subject_id);
create rule audit_event_no_update as on update to audit_event do instead nothing;
create rule audit_event_no_delete as on delete to audit_event do instead nothing;
