-- Where each occupation and skill of a profile came from: read from a CV and not yet confirmed
-- (PARSED), read from a CV and kept by the person (CONFIRMED), or chosen by hand (ENTERED).
alter table candidate_occupation
    add column source varchar(10) not null default 'ENTERED' check (source in ('PARSED', 'CONFIRMED', 'ENTERED'));
alter table candidate_skill
    add column source varchar(10) not null default 'ENTERED' check (source in ('PARSED', 'CONFIRMED', 'ENTERED'));
