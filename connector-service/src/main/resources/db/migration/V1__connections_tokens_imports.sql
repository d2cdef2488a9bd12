-- One row per QuickBooks company an account connected; connecting the same realm again reuses the row.
create table connections (
    id                     uuid primary key,
    account_id             varchar(200) not null,
    realm_id               varchar(50)  not null,
    company_name           varchar(500),
    country                varchar(100),
    home_currency          varchar(3),
    multi_currency_enabled boolean      not null default false,
    status                 varchar(30)  not null,
    status_reason          varchar(500),
    connected_at           timestamptz  not null,
    updated_at             timestamptz  not null,
    constraint connections_account_realm unique (account_id, realm_id)
);

-- The OAuth tokens of a connection, encrypted with AES-GCM; key_id names the key so that keys can rotate.
create table connection_tokens (
    connection_id            uuid primary key references connections (id) on delete cascade,
    key_id                   varchar(100) not null,
    access_token             bytea        not null,
    access_token_expires_at  timestamptz  not null,
    refresh_token            bytea        not null,
    refresh_token_expires_at timestamptz,
    refreshed_at             timestamptz  not null,
    refresh_count            bigint       not null default 0
);

-- Connect flows in progress: the OAuth state is kept here because the flow is started server to server.
create table oauth_authorization_requests (
    state                 varchar(200) primary key,
    account_id            varchar(200) not null,
    authorization_request text         not null,
    expires_at            timestamptz  not null
);

-- Imports seen, so that a redelivered request never fetches twice; no invoice data is kept.
create table imports (
    import_id          uuid primary key,
    connection_id      uuid        not null,
    account_id         varchar(200) not null,
    requested_event_id uuid        not null,
    status             varchar(20) not null,
    failure_reason     varchar(40),
    pages_fetched      integer     not null default 0,
    invoices_fetched   bigint      not null default 0,
    started_at         timestamptz not null,
    finished_at        timestamptz
);
