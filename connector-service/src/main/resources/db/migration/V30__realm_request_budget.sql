-- Intuit's per-company limits (500 requests per minute, 10 concurrent) hold for the app, not per JVM: every
-- connector instance takes its requests from these rows.

-- A token bucket per realm: tokens refill continuously at the configured rate up to the burst size.
create table realm_request_budget (
    realm_id    text primary key,
    tokens      double precision not null,
    refilled_at timestamptz not null
);

-- The concurrent-call slots of a realm; a slot is held by one call and expires, so a dead instance's slots return.
create table realm_call_slots (
    realm_id   text not null,
    slot       int not null,
    holder     text,
    expires_at timestamptz,
    primary key (realm_id, slot)
);
