-- Connection status changes waiting to be published, written in the transaction that changes the status so that a
-- crash between commit and send cannot lose one; the relay deletes a row once the broker acknowledged it.
-- Only ConnectionStatusChanged goes through here: invoice data is never stored.
create table connection_event_outbox (
    position       bigserial    primary key,
    event_id       uuid         not null unique,
    topic          varchar(200) not null,
    partition_key  varchar(200) not null,
    payload        text         not null,
    created_at     timestamptz  not null
);
