-- The guide as loaded from Markdown. The whole guide is replaced in one transaction when its
-- content hash changes; entry and chapter ids are the authors' slugs, so they stay stable.

create sequence guide_seq start with 1 increment by 50;

create table guide_revision (
    id            bigint       not null primary key,
    content_hash  varchar(64)  not null,
    loaded_at     timestamp with time zone not null,
    chapter_count integer      not null,
    entry_count   integer      not null
);

create table guide_chapter (
    id       varchar(80) not null primary key,
    position integer     not null,
    plain    boolean     not null
);

create table guide_chapter_text (
    id          bigint        not null primary key,
    chapter_id  varchar(80)   not null references guide_chapter (id),
    lang        varchar(8)    not null,
    title       varchar(300)  not null,
    summary     varchar(2000),
    source_path varchar(500)  not null,
    constraint uk_chapter_text unique (chapter_id, lang)
);

create table guide_section (
    id         bigint           not null primary key,
    chapter_id varchar(80)      not null references guide_chapter (id),
    lang       varchar(8)       not null,
    position   integer          not null,
    anchor     varchar(120),
    heading    varchar(300),
    html       varchar(1000000) not null,
    entry_id   varchar(80)
);
create index ix_section_chapter on guide_section (chapter_id, lang, position);

create table guide_entry (
    id           varchar(80) not null primary key,
    kind         varchar(20) not null,
    chapter_id   varchar(80) not null references guide_chapter (id),
    position     integer     not null,
    category     varchar(40),
    severity     varchar(20),
    country      varchar(8),
    founded_year integer
);
create index ix_entry_kind on guide_entry (kind, position);

create table guide_entry_text (
    id              bigint           not null primary key,
    entry_id        varchar(80)      not null references guide_entry (id),
    lang            varchar(8)       not null,
    title           varchar(300)     not null,
    summary         varchar(2000)    not null,
    body_markdown   varchar(1000000) not null,
    body_html       varchar(1000000) not null,
    success_factors varchar(20000),
    lessons         varchar(20000),
    constraint uk_entry_text unique (entry_id, lang)
);

create table guide_link (
    id        bigint      not null primary key,
    source_id varchar(80) not null references guide_entry (id),
    target_id varchar(80) not null references guide_entry (id),
    relation  varchar(20) not null,
    constraint uk_link unique (source_id, target_id, relation)
);
create index ix_link_target on guide_link (target_id);
