-- Personal API tokens (GH-15): scripts authenticate with these instead of a password. Only the SHA-256 of a token is
-- kept; the token itself is shown once, when it is created.
create table api_tokens (
    token_id     uuid         primary key,
    username     varchar(320) not null references account_users (username),
    name         varchar(100) not null,
    token_hash   varchar(64)  not null unique,
    created_at   timestamptz  not null,
    last_used_at timestamptz,
    revoked_at   timestamptz
);
create index api_tokens_user on api_tokens (username);
