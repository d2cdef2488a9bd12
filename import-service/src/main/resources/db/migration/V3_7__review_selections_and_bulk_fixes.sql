-- A creditor's selection of drafts for review, stored so that the review page and the submit name it by id instead of
-- carrying thousands of draft ids; kept for a day, and gone with its import.
create table review_selections (
    selection_id uuid        primary key,
    import_id    uuid        not null references import_jobs (import_id) on delete cascade,
    account_id   text        not null,
    created_by   text        not null,
    created_at   timestamptz not null,
    submitted_at timestamptz
);

create index review_selections_by_created_at on review_selections (created_at);

create table review_selection_drafts (
    selection_id uuid   not null references review_selections (selection_id) on delete cascade,
    sequence     bigint not null,
    draft_id     uuid   not null,
    primary key (selection_id, sequence, draft_id)
);

-- One fix applied to a group of drafts, with each draft as it was before, so that the fix can be undone.
create table bulk_fixes (
    fix_id      uuid        primary key,
    import_id   uuid        not null references import_jobs (import_id) on delete cascade,
    account_id  text        not null,
    kind        text        not null,
    reason_code text        not null,
    value       text,
    applied_by  text        not null,
    applied_at  timestamptz not null,
    undone_at   timestamptz
);

create index bulk_fixes_by_import on bulk_fixes (import_id, applied_at desc);

create table bulk_fix_drafts (
    fix_id              uuid    not null references bulk_fixes (fix_id) on delete cascade,
    draft_id            uuid    not null,
    previous_status     text    not null,
    previous_draft      text    not null,
    previous_violations text    not null,
    previous_warnings   text    not null,
    previous_fixed      boolean not null,
    new_status          text    not null,
    primary key (fix_id, draft_id)
);
