-- Creditor accounts and their users live here, not in configuration (GH-15): created by the add-user command or an
-- operator's API call, passwords as bcrypt hashes.
create table accounts (
    account_id   varchar(200) primary key,
    display_name varchar(200) not null,
    created_at   timestamptz  not null default now()
);

create table account_users (
    username      varchar(320) primary key,
    account_id    varchar(200) not null references accounts (account_id),
    password_hash varchar(200) not null,
    -- Comma-separated Role names beyond the creditor's own imports, empty for none.
    roles         varchar(200) not null default '',
    created_at    timestamptz  not null default now()
);
create index account_users_account on account_users (account_id);
