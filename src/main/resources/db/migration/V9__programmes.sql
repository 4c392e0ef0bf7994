-- Programmes: an accelerator's or incubator's cohort. Admins create them and add mentors; mentors
-- invite founders, by e-mail (a single-use link) or with a join link shared by hand (usable by many
-- until it expires or is withdrawn). An assessment submitted to a programme is seen by its mentors
-- only; one submitted to no programme stays in the open pool every mentor sees.

create sequence programme_seq start with 1 increment by 50;

create table programme (
    id           bigint       not null primary key,
    name         varchar(120) not null,
    starts_on    date         not null,
    ends_on      date         not null,
    language     varchar(5)   not null,
    archived_at  timestamp with time zone,
    created_at   timestamp with time zone not null,
    version      bigint       not null
);

create sequence programme_member_seq start with 1 increment by 50;

create table programme_member (
    id            bigint      not null primary key,
    programme_id  bigint      not null references programme (id),
    user_id       bigint      not null references app_user (id),
    role          varchar(20) not null,
    joined_at     timestamp with time zone not null,
    constraint uk_programme_member unique (programme_id, user_id)
);
create index ix_programme_member_user on programme_member (user_id);

create sequence programme_invitation_seq start with 1 increment by 50;

-- Only the SHA-256 of a link's token is kept, as for password resets.
create table programme_invitation (
    id            bigint       not null primary key,
    programme_id  bigint       not null references programme (id),
    email         varchar(254),
    token_hash    varchar(64)  not null,
    invited_by    bigint       not null references app_user (id),
    created_at    timestamp with time zone not null,
    expires_at    timestamp with time zone not null,
    used_at       timestamp with time zone,
    used_by       bigint references app_user (id),
    withdrawn_at  timestamp with time zone,
    version       bigint       default 0 not null,
    constraint uk_programme_invitation_token unique (token_hash)
);
create index ix_programme_invitation_programme on programme_invitation (programme_id);

alter table assessment add column programme_id bigint references programme (id);
create index ix_assessment_programme on assessment (programme_id);

-- The language mail to this person is written in: the one they last chose on a page.
alter table app_user add column language varchar(5) default 'en' not null;
