-- The audit log is append-only: an attempt to change or remove an entry is an error, not a silent
-- no-op (the rules of V0001 swallowed it), so that nobody believes they rewrote history.
drop rule if exists audit_event_no_update on audit_event;
drop rule if exists audit_event_no_delete on audit_event;

create function audit_event_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'audit_event is append-only: % refused', tg_op using errcode = 'insufficient_privilege';
end;
$$;

create trigger audit_event_no_change before update or delete on audit_event
    for each row execute function audit_event_append_only();
create trigger audit_event_no_truncate before truncate on audit_event
    for each statement execute function audit_event_append_only();

-- The administrator's search: newest first, by actor and by action.
create index audit_event_occurred_idx on audit_event (occurred_at desc, id desc);
create index audit_event_actor_idx on audit_event (lower(actor));
create index audit_event_action_idx on audit_event (action);

-- When an account last signed in successfully: with the profile's last change, what decides when
-- an inactive profile is erased.
alter table app_user add column last_sign_in timestamptz;

-- One-time links with which a newcomer registered at intake makes their own account. Only the
-- SHA-256 hash of the token is kept.
create table candidate_activation (
    id           uuid primary key,
    candidate_id uuid        not null references candidate (id) on delete cascade,
    token_hash   varchar(64) not null unique,
    created_by   uuid        not null,
    created_at   timestamptz not null,
    expires_at   timestamptz not null,
    used_at      timestamptz,
    withdrawn    boolean     not null default false
);
create index candidate_activation_candidate on candidate_activation (candidate_id);

-- What remains of an erased profile: anonymous counts for the dashboard, no ID, no name.
create table erased_candidate (
    newcomer_group varchar(30) not null,
    location_id    uuid        not null,
    intake_month   date        not null,
    erased_month   date        not null,
    cause          varchar(20) not null check (cause in ('REQUEST', 'ADMIN', 'RETENTION'))
);
create index erased_candidate_month on erased_candidate (erased_month);
