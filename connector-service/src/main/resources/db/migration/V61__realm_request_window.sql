-- The realm's requests of the last window, one row each, replacing the token bucket: "at most N in any 60 s" is then
-- what is counted, so a short import may send its calls at once and a long one keeps the whole rate, where a bucket
-- had to trade its burst against its refill rate to stay under Intuit's 500 a minute.
create table realm_requests (
    realm_id text        not null,
    sent_at  timestamptz not null
);

create index realm_requests_by_realm on realm_requests (realm_id, sent_at);

drop table realm_request_budget;
