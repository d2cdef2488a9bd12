-- The outbox and processed_events tables are the messaging backbone's now (pipeline-messaging, R__pipeline_messaging.sql,
-- which Flyway runs after the versioned migrations): the same shape in every service database. The outbox table
-- already has the backbone's name, so it is brought into the backbone's shape where it stands: the events still
-- waiting at the upgrade keep their ids and order and are published by the backbone's relay.

-- The old relay never stored an event twice; should a row repeat, the first one stays.
delete from outbox o using outbox earlier where o.event_id = earlier.event_id and o.id > earlier.id;

alter table outbox
    alter column event_type type varchar(100),
    alter column topic type varchar(249),
    alter column message_key type varchar(200),
    alter column created_at set default now(),
    add column if not exists aggregate_id uuid;
create unique index if not exists outbox_event_id on outbox (event_id);

alter table processed_events alter column event_type type varchar(100);
