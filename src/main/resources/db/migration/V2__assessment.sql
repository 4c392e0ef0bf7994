-- Readiness assessments. Answers and the scored result are stored as JSON documents: they are
-- read and written whole, and their shape follows the questionnaire, not the schema.

create sequence assessment_seq start with 1 increment by 50;

create table assessment (
    id            bigint        not null primary key,
    token         varchar(64)   not null,
    startup_name  varchar(200)  not null,
    industry      varchar(80)   not null,
    stage         varchar(20)   not null,
    team_size     integer       not null,
    status        varchar(20)   not null,
    answers       varchar(100000) not null,
    result        varchar(1000000),
    guide_hash    varchar(64),
    created_at    timestamp with time zone not null,
    updated_at    timestamp with time zone not null,
    completed_at  timestamp with time zone,
    version       bigint        not null,
    constraint uk_assessment_token unique (token)
);

-- Every questionnaire an assessment was scored against, so that an old report still shows what it showed.
create table questionnaire_version (
    content_hash varchar(64)       not null primary key,
    definition   varchar(10000000) not null,
    created_at   timestamp with time zone not null
);
