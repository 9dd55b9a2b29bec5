-- Uploaded CV files and the background job that reads them. The original file is kept (checksummed)
-- until the person deletes it or its retention ends, so a failed read can be retried without asking
-- for the file again. A document belongs to a candidate, or, during a jobhunter's intake of someone
-- new, only to the account that uploaded it until the profile is saved.
create table cv_document (
    id            uuid primary key,
    candidate_id  uuid references candidate (id) on delete cascade,
    uploaded_by   uuid         not null,
    file_name     varchar(255) not null,
    media_type    varchar(120),
    size_bytes    bigint       not null check (size_bytes >= 0),
    sha256        char(64)     not null,
    status        varchar(10)  not null check (status in ('QUEUED', 'READING', 'READ', 'FAILED')),
    failure_code  varchar(20),
    attempts      integer      not null default 0,
    language      varchar(8),
    extracted     text,
    result        jsonb,
    uploaded_at   timestamptz  not null,
    started_at    timestamptz,
    finished_at   timestamptz,
    retain_until  timestamptz  not null
);

create index cv_document_candidate on cv_document (candidate_id);
create index cv_document_uploader on cv_document (uploaded_by) where candidate_id is null;
create index cv_document_waiting on cv_document (uploaded_at) where status in ('QUEUED', 'READING');

-- The bytes apart, so that listing documents never loads them.
create table cv_file (
    document_id uuid primary key references cv_document (id) on delete cascade,
    content     bytea not null
);

-- Certificates and licences a candidate holds (codes of nl.werkbrug.shared.Certificate).
create table candidate_certificate (
    candidate_id uuid        not null references candidate (id) on delete cascade,
    code         varchar(40) not null,
    primary key (candidate_id, code)
);
