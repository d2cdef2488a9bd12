-- One row per collection case; the columns mirror the approved draft, the envelope of the approval and the case's life.
CREATE TABLE collection_cases (
    id                   uuid        PRIMARY KEY,
    account_id           text        NOT NULL,
    draft_id             uuid        NOT NULL,
    approval_event_id    uuid        NOT NULL,
    approved_by          text        NOT NULL,
    creditor_reference   text        NOT NULL,
    case_date            date        NOT NULL,
    due_date             date        NOT NULL,
    amount_to_recover    numeric     NOT NULL,
    original_total       numeric,
    currency             text        NOT NULL,
    debtor_type          text,
    debtor_name          text        NOT NULL,
    debtor_email         text,
    debtor_phone         text,
    debtor_address_lines text,
    debtor_city          text,
    debtor_region        text,
    debtor_postal_code   text,
    debtor_country       text,
    jurisdiction         text        NOT NULL,
    source_system        text        NOT NULL,
    realm_id             text        NOT NULL,
    invoice_id           text        NOT NULL,
    customer_id          text,
    sync_token           text,
    connection_id        uuid,
    import_id            uuid,
    correlation_id       uuid        NOT NULL,
    status               text        NOT NULL CHECK (status IN ('CREATED', 'SUBMITTED')),
    created_at           timestamptz NOT NULL,
    updated_at           timestamptz NOT NULL,
    submitted_at         timestamptz
);

-- At most one open case per invoice and account: a redelivered or re-approved draft can never create a second one.
CREATE UNIQUE INDEX collection_cases_open_invoice
    ON collection_cases (account_id, source_system, realm_id, invoice_id)
    WHERE status IN ('CREATED', 'SUBMITTED');

-- The creditor reference (invoice number) identifies a case towards the debtor, so it is unique per account.
CREATE UNIQUE INDEX collection_cases_reference ON collection_cases (account_id, creditor_reference);

CREATE INDEX collection_cases_account_created ON collection_cases (account_id, created_at DESC, id DESC);
CREATE INDEX collection_cases_account_status_created ON collection_cases (account_id, status, created_at DESC, id DESC);

-- Approvals already handled, by event id: a redelivery (consumer restart, rebalance) is skipped, not handled twice.
CREATE TABLE processed_events (
    event_id     uuid        PRIMARY KEY,
    processed_at timestamptz NOT NULL
);

CREATE INDEX processed_events_processed_at ON processed_events (processed_at);

-- Events written in the same transaction as the cases they describe, published to Kafka by the relay afterwards.
-- The event id is fixed here, so a re-publication after a crash repeats the same id and consumers can de-duplicate.
CREATE TABLE outbox (
    id             bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    event_id       uuid        NOT NULL UNIQUE,
    event_type     text        NOT NULL,
    event_version  integer     NOT NULL,
    correlation_id uuid        NOT NULL,
    topic          text        NOT NULL,
    message_key    text        NOT NULL,
    payload        text        NOT NULL,
    case_id        uuid,
    created_at     timestamptz NOT NULL
);
