-- Accounts (founders, mentors, admins), who owns an assessment, and the audit log.

create sequence app_user_seq start with 1 increment by 50;

create table app_user (
    id              bigint       not null primary key,
    email           varchar(254) not null,
    display_name    varchar(100) not null,
    password_hash   varchar(100) not null,
    role            varchar(20)  not null,
    enabled         boolean      not null,
    failed_logins   integer      not null,
    locked_until    timestamp with time zone,
    created_at      timestamp with time zone not null,
    version         bigint       not null,
    constraint uk_app_user_email unique (email)
);

alter table assessment add column owner_id bigint references app_user (id);
create index ix_assessment_owner on assessment (owner_id);

create sequence audit_seq start with 1 increment by 50;

create table audit_event (
    id        bigint        not null primary key,
    at        timestamp with time zone not null,
    actor     varchar(254)  not null,
    action    varchar(40)   not null,
    target    varchar(200),
    detail    varchar(2000)
);
create index ix_audit_at on audit_event (at);
