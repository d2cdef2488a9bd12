-- The backbone's tables, the same shape in every service database (see pipeline-messaging/README.md).
-- Repeatable and idempotent: Flyway runs it after the service's own migrations whenever it changes.

-- Events waiting to be published, in the order their transactions appended them.
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
alter table outbox add column if not exists aggregate_id uuid;
create unique index if not exists outbox_event_id on outbox (event_id);

-- Ids of consumed events, written in the transaction of their effect, so that a redelivery is recognised.
create table if not exists processed_events (
    event_id     uuid         primary key,
    event_type   varchar(100) not null,
    processed_at timestamptz  not null
);
create index if not exists processed_events_processed_at on processed_events (processed_at);
