-- What the round-trip application received: proves that Flyway migrated the test database.
create table received_imports (
    event_id    uuid primary key,
    import_id   uuid        not null,
    date_field  varchar(20) not null,
    received_at timestamptz not null default now()
);
