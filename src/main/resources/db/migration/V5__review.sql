-- Mentors' reviews: one per assessment, saved as a draft until published to the founder.
-- The per-dimension notes and the strategy lists are JSON documents, read and written whole with
-- the review; comments are stored as the mentor wrote them (Markdown) and as sanitised HTML.

create sequence review_seq start with 1 increment by 50;

create table review (
    id                 bigint          not null primary key,
    assessment_id      bigint          not null references assessment (id),
    status             varchar(20)     not null,
    dimensions         varchar(1000000) not null,
    overall_markdown   varchar(20000),
    overall_html       varchar(200000),
    strategies_added   varchar(10000)  not null,
    strategies_removed varchar(10000)  not null,
    verdict            varchar(40),
    created_by         bigint          not null references app_user (id),
    updated_by         bigint          not null references app_user (id),
    created_at         timestamp with time zone not null,
    updated_at         timestamp with time zone not null,
    published_at       timestamp with time zone,
    version            bigint          not null,
    constraint uk_review_assessment unique (assessment_id)
);
