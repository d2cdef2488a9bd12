-- How many drafts each import has in each state, so that a page of drafts does not count a large import's rows on
-- every request. Every statement that changes drafts (intake, fixes, approvals, cases, discards, expiry, a job's
-- cascade) appends its net change per state here from a statement-level trigger, so no write path can forget to
-- count; appending, never updating one row, means concurrent batches of one import never wait for each other. The
-- purge sweep folds each import's rows into one per state.
create table draft_counts (
    import_id uuid   not null references import_jobs (import_id) on delete cascade,
    status    text   not null,
    n         bigint not null
);

create index draft_counts_by_import on draft_counts (import_id);

create function count_draft_changes() returns trigger language plpgsql as $$
begin
    if tg_op = 'INSERT' then
        insert into draft_counts (import_id, status, n)
        select import_id, status, count(*) from new_drafts group by import_id, status;
    elsif tg_op = 'DELETE' then
        -- Drafts deleted with their import (the cascade) have nothing left to be counted on.
        insert into draft_counts (import_id, status, n)
        select d.import_id, d.status, -count(*) from old_drafts d
        where exists (select 1 from import_jobs j where j.import_id = d.import_id)
        group by d.import_id, d.status;
    else
        insert into draft_counts (import_id, status, n)
        select import_id, status, sum(n) from (
            select import_id, status, count(*) as n from new_drafts group by import_id, status
            union all
            select import_id, status, -count(*) from old_drafts group by import_id, status) changes
        group by import_id, status
        having sum(n) <> 0;
    end if;
    return null;
end
$$;

create trigger drafts_counted_on_insert after insert on drafts
    referencing new table as new_drafts for each statement execute function count_draft_changes();
create trigger drafts_counted_on_update after update on drafts
    referencing old table as old_drafts new table as new_drafts for each statement execute function count_draft_changes();
create trigger drafts_counted_on_delete after delete on drafts
    referencing old table as old_drafts for each statement execute function count_draft_changes();

insert into draft_counts (import_id, status, n)
select import_id, status, count(*) from drafts group by import_id, status;

-- The report is read a page at a time in invoice order; its total is import_jobs.invoices_reported.
create index import_report_by_import_sequence on import_report (import_id, sequence, invoice_id);
