-- Invoices behind cases, so that QuickBooks' changes to them reach their cases. Only the source reference, the
-- case it backs and the last version applied are kept: no invoice data beyond that.
create table watched_invoices (
    connection_id   uuid         not null references connections (id) on delete cascade,
    invoice_id      varchar(50)  not null,
    realm_id        varchar(50)  not null,
    case_id         uuid         not null,
    sync_token      bigint,
    last_updated    timestamptz,
    balance         numeric(30, 10),
    total           numeric(30, 10),
    state           varchar(20)  not null default 'OPEN',
    watched_since   timestamptz  not null,
    primary key (connection_id, invoice_id)
);

create index watched_invoices_realm on watched_invoices (realm_id, invoice_id);

-- Webhook notifications accepted but not processed yet; the request is answered before QuickBooks is read.
create table invoice_change_notices (
    id            bigserial    primary key,
    realm_id      varchar(50)  not null,
    invoice_id    varchar(50)  not null,
    operation     varchar(20)  not null,
    last_updated  timestamptz,
    received_at   timestamptz  not null
);

-- Where change data capture resumes for a connection, and which instance polls it now.
create table change_checkpoints (
    connection_id  uuid         primary key references connections (id) on delete cascade,
    changed_since  timestamptz  not null,
    leased_until   timestamptz
);
