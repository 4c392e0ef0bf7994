-- Co-founders answering one assessment together (app.runway.team). Each co-founder's answers are kept
-- apart from the owner's, as JSON like the assessment's, until they submit them; the assessment's result
-- is then scored from the team's answers.

create sequence assessment_member_seq start with 1 increment by 50;

create table assessment_member (
    id             bigint          not null primary key,
    assessment_id  bigint          not null references assessment (id),
    user_id        bigint          not null references app_user (id),
    answers        varchar(100000) not null,
    joined_at      timestamp with time zone not null,
    updated_at     timestamp with time zone not null,
    submitted_at   timestamp with time zone,
    version        bigint          not null,
    constraint uk_assessment_member unique (assessment_id, user_id)
);
create index ix_assessment_member_user on assessment_member (user_id);

-- Invitations: only the SHA-256 of the link's token is kept (as for password resets); single-use, expiring.
create sequence team_invitation_seq start with 1 increment by 50;

create table team_invitation (
    id             bigint       not null primary key,
    assessment_id  bigint       not null references assessment (id),
    email          varchar(254) not null,
    token_hash     varchar(64)  not null,
    invited_by     bigint       not null references app_user (id),
    created_at     timestamp with time zone not null,
    expires_at     timestamp with time zone not null,
    used_at        timestamp with time zone,
    used_by        bigint       references app_user (id),
    constraint uk_team_invitation_token unique (token_hash)
);
create index ix_team_invitation_assessment on team_invitation (assessment_id);
