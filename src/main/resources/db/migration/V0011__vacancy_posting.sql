-- The posting form: the languages used at work besides Dutch (ISO 639-1 codes, comma-separated),
-- and for a dual trajectory whether the employer offers language support on the job and the Dutch
-- level the trajectory aims for, which is never below the level asked at the start.
alter table vacancy add column other_languages    varchar(80) not null default '';
alter table vacancy add column language_support   boolean     not null default false;
alter table vacancy add column dutch_level_target varchar(2)
    check (dutch_level_target in ('A0', 'A1', 'A2', 'B1', 'B2', 'C1', 'C2'));
alter table vacancy add constraint vacancy_dutch_target_check
    check (dutch_level_target is null
        or array_position(array['A0', 'A1', 'A2', 'B1', 'B2', 'C1', 'C2'], dutch_level_target::text)
            >= array_position(array['A0', 'A1', 'A2', 'B1', 'B2', 'C1', 'C2'], dutch_level::text));
