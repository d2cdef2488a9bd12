-- An import whose worker died with its instance is fetched again from the start by another instance instead of being
-- failed: the request is kept so that the same filter can be read again, and attempt numbers the worker that owns the
-- import now (1 = the first), so that a late earlier worker's heartbeats and outcome change nothing. Imports taken on
-- before this column existed have no request and are failed by the sweep as before.
alter table imports add column attempt integer not null default 1;
alter table imports add column request jsonb;
