-- Where an account's notifications are mailed to; none means in the app only.
alter table app_user add column email varchar(200);

-- What one person should hear about: shown in the app, and mailed when mail is set up.
create table notification (
    id              uuid primary key,
    recipient       uuid         not null references app_user (id) on delete cascade,
    kind            varchar(30)  not null,
    message_key     varchar(150) not null,
    args            jsonb        not null default '[]',
    link            varchar(300),
    -- what a reminder is about ("candidate:<id>:weeks-12"); one notification per recipient, kind and subject
    subject         varchar(200),
    created_at      timestamptz  not null,
    read_at         timestamptz,
    email_status    varchar(12)  not null default 'PENDING'
        check (email_status in ('PENDING', 'SENT', 'FAILED', 'SKIPPED')),
    emailed_at      timestamptz,
    email_attempts  integer      not null default 0,
    next_attempt_at timestamptz,
    last_error      varchar(500)
);
create unique index notification_subject_uk on notification (recipient, kind, subject) where subject is not null;
create index notification_recipient_idx on notification (recipient, created_at desc);
create index notification_mail_due_idx on notification (created_at) where email_status = 'PENDING';
