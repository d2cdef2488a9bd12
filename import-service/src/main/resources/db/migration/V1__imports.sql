-- Import jobs: one row per requested import, with its progress.
create table import_jobs (
    import_id        uuid primary key,
    account_id       text        not null,
    connection_id    uuid        not null,
    date_field       text        not null,
    date_from        date,
    date_to          date,
    state            text        not null,
    requested_by     text        not null,
    requested_at     timestamptz not null,
    updated_at       timestamptz not null,
    correlation_id   uuid        not null,
    pages_fetched    integer     not null default 0,
    invoices_fetched bigint      not null default 0,
    total_invoices   bigint,
    fetch_completed  boolean     not null default false,
    -- Invoices whose draft or fate is in import_report, kept as a counter so that events need not count rows.
    invoices_reported bigint     not null default 0,
    failure_reason   text,
    failure_detail   text,
    retry_of         uuid
);

create index import_jobs_by_account on import_jobs (account_id, requested_at desc);

-- At most one running import per account, connection and filter, even when two requests race.
create unique index import_jobs_one_running_per_filter
    on import_jobs (account_id, connection_id, date_field, coalesce(date_from, '-infinity'::date),
                    coalesce(date_to, 'infinity'::date))
    where state in ('REQUESTED', 'FETCHING', 'MAPPING');

-- Case drafts waiting for review; deleted when they become cases, are discarded or expire.
create table drafts (
    import_id   uuid        not null references import_jobs (import_id) on delete cascade,
    draft_id    uuid        not null,
    account_id  text        not null,
    invoice_id  text        not null,
    sequence    bigint      not null,
    status      text        not null,
    draft       text        not null,
    violations  text        not null,
    warnings    text        not null,
    fixed       boolean     not null default false,
    received_at timestamptz not null,
    updated_at  timestamptz not null,
    primary key (import_id, draft_id)
);

create index drafts_by_account_draft on drafts (account_id, draft_id);
create index drafts_by_received_at on drafts (received_at);

-- What became of every invoice an import fetched; kept after the drafts are gone.
create table import_report (
    import_id      uuid        not null references import_jobs (import_id) on delete cascade,
    invoice_id     text        not null,
    account_id     text        not null,
    realm_id       text        not null,
    sequence       bigint      not null,
    draft_id       uuid,
    invoice_number text,
    fate           text        not null,
    detail         text,
    case_id        uuid,
    updated_at     timestamptz not null,
    primary key (import_id, invoice_id)
);

create index import_report_by_draft on import_report (account_id, draft_id);
create index import_report_cases on import_report (account_id, realm_id, invoice_id) where case_id is not null;

-- Last known status of each connection, from connector.connection-status-changed.
create table connections (
    connection_id uuid primary key,
    account_id    text        not null,
    realm_id      text        not null,
    company_name  text,
    status        text        not null,
    reason        text,
    updated_at    timestamptz not null
);

create index connections_by_account on connections (account_id);

-- Ids of consumed events, so that a redelivered event is skipped.
create table processed_events (
    event_id     uuid primary key,
    event_type   text        not null,
    processed_at timestamptz not null
);

-- Events waiting to be published, written in the transaction of the change they report.
create table outbox (
    id             bigserial primary key,
    topic          text        not null,
    message_key    text        not null,
    payload        text        not null,
    event_id       uuid        not null,
    event_type     text        not null,
    event_version  integer     not null,
    correlation_id uuid        not null,
    created_at     timestamptz not null
);
