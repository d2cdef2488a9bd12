-- Cases follow their invoice in QuickBooks (InvoiceChanged): paid cases close, part payments lower the amount, voided
-- or deleted invoices put the case on hold, and every change is kept in the case's history.
ALTER TABLE collection_cases DROP CONSTRAINT collection_cases_status_check;
ALTER TABLE collection_cases ADD CONSTRAINT collection_cases_status_check
    CHECK (status IN ('CREATED', 'SUBMITTED', 'ON_HOLD', 'PAID_TO_CREDITOR'));

-- The invoice's balance as QuickBooks last reported it (the open balance when drafted, until a change arrives), and
-- MetaData.LastUpdatedTime of the last version applied; sync_token is that version's SyncToken.
ALTER TABLE collection_cases ADD COLUMN quickbooks_balance numeric;
ALTER TABLE collection_cases ADD COLUMN source_updated_at timestamptz;
UPDATE collection_cases SET quickbooks_balance = amount_to_recover;

-- A case on hold still holds its invoice: no second case while the creditor reviews it. A paid case frees it.
DROP INDEX collection_cases_open_invoice;
CREATE UNIQUE INDEX collection_cases_open_invoice
    ON collection_cases (account_id, source_system, realm_id, invoice_id)
    WHERE status IN ('CREATED', 'SUBMITTED', 'ON_HOLD');
-- Finds the case of an invoice whatever its status (a paid case still answers a later change of its invoice).
CREATE INDEX collection_cases_invoice ON collection_cases (account_id, source_system, realm_id, invoice_id, created_at DESC);

-- What happened to a case after it was created, oldest first; one row per CaseUpdated.
CREATE TABLE case_history (
    id                       bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    case_id                  uuid        NOT NULL REFERENCES collection_cases (id),
    change                   text        NOT NULL,
    invoice_change           text,
    previous_amount          numeric     NOT NULL,
    amount_to_recover        numeric     NOT NULL,
    reported_balance         numeric,
    currency                 text        NOT NULL,
    previous_status          text        NOT NULL,
    status                   text        NOT NULL,
    sync_token               text,
    changed_at               timestamptz NOT NULL,
    recorded_at              timestamptz NOT NULL,
    invoice_changed_event_id uuid,
    detail                   text        NOT NULL
);
CREATE INDEX case_history_case ON case_history (case_id, id);
