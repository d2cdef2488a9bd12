-- Intuit's 5-year cap on a grant (x_refresh_token_hard_expires_in): keeping the rolling expiry alive cannot pass it,
-- so the creditor must reconnect before it.
alter table connection_tokens add column refresh_token_hard_expires_at timestamptz;
