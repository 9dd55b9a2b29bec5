-- Employers register themselves; the municipality approves or rejects them with a reason; approved
-- employers invite colleagues.
alter table employer add column contact_phone varchar(40);
alter table employer add column review_reason varchar(1000);
alter table employer add column reviewed_at timestamptz;
alter table employer add column reviewed_by uuid;
alter table employer add constraint employer_kvk_unique unique (kvk_number);

create table employer_location (
    employer_id uuid not null references employer (id) on delete cascade,
    location_id uuid not null,
    primary key (employer_id, location_id)
);

create table employer_invitation (
    id          uuid primary key,
    employer_id uuid         not null references employer (id) on delete cascade,
    email       varchar(200) not null,
    name        varchar(200) not null,
    token_hash  varchar(64)  not null unique,
    invited_by  uuid         not null,
    created_at  timestamptz  not null,
    expires_at  timestamptz  not null,
    accepted_at timestamptz,
    withdrawn   boolean      not null default false
);
create index employer_invitation_employer on employer_invitation (employer_id);
