-- Running imports report progress here, so that an import whose worker died (the service stopped mid-import) can be
-- recognised by any instance and finished with a failure instead of leaving import-service waiting forever.
alter table imports add column correlation_id uuid;
alter table imports add column heartbeat_at timestamptz;
update imports set heartbeat_at = coalesce(finished_at, started_at);
alter table imports alter column heartbeat_at set not null;
create index imports_running_heartbeat on imports (heartbeat_at) where status = 'RUNNING';
