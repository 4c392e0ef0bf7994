-- Password reset links: only the SHA-256 of the token is kept, so that a copy of the database
-- cannot be used to reset anyone's password. A link is single-use and expires.

create sequence password_reset_seq start with 1 increment by 50;

create table password_reset (
    id          bigint      not null primary key,
    user_id     bigint      not null references app_user (id),
    token_hash  varchar(64) not null,
    created_at  timestamp with time zone not null,
    expires_at  timestamp with time zone not null,
    used_at     timestamp with time zone,
    constraint uk_password_reset_token unique (token_hash)
);
create index ix_password_reset_user on password_reset (user_id);
