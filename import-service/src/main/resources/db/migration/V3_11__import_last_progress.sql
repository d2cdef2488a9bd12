-- When an import last moved (a counted invoice, a progress event or a state change), so that the stall sweep can
-- fail imports that stopped moving without confusing them with imports that merely changed otherwise.
alter table import_jobs add column last_progress_at timestamptz;
update import_jobs set last_progress_at = updated_at;
alter table import_jobs alter column last_progress_at set not null;

-- The sweep only looks at fetching and mapping imports.
create index import_jobs_stalled on import_jobs (last_progress_at) where state in ('FETCHING', 'MAPPING');
