-- Connection status changes now go through the messaging backbone's outbox (pipeline-messaging), like every event
-- this service stores with a change. The table is created here in the backbone's shape (its repeatable migration,
-- which runs after this one, then finds it), the changes still waiting in connection_event_outbox move over in the
-- order they were made, with their event ids, and the old table goes.
create table if not exists outbox (
    id             bigserial    primary key,
    event_id       uuid         not null,
    event_type     varchar(100) not null,
    event_version  integer      not null,
    correlation_id uuid         not null,
    topic          varchar(249) not null,
    message_key    varchar(200) not null,
    payload        text         not null,
    aggregate_id   uuid,
    created_at     timestamptz  not null default now()
);
create unique index if not exists outbox_event_id on outbox (event_id);

insert into outbox (event_id, event_type, event_version, correlation_id, topic, message_key, payload, created_at)
select event_id,
       coalesce(payload::jsonb -> 'metadata' ->> 'eventType', 'ConnectionStatusChanged'),
       coalesce((payload::jsonb -> 'metadata' ->> 'eventVersion')::integer, 1),
       coalesce((payload::jsonb -> 'metadata' ->> 'correlationId')::uuid, event_id),
       topic, partition_key, payload, created_at
from connection_event_outbox
order by position
on conflict (event_id) do nothing;

drop table connection_event_outbox;
