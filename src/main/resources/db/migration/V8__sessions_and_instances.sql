-- HTTP sessions in the database, shared by every instance (Spring Session JDBC). The schema is Spring
-- Session's own for PostgreSQL, which H2 2.4 accepts as it is, with one change: PRINCIPAL_NAME holds an
-- e-mail address, and Runway accepts addresses up to 254 characters.
CREATE TABLE SPRING_SESSION (
    PRIMARY_ID CHAR(36) NOT NULL,
    SESSION_ID CHAR(36) NOT NULL,
    CREATION_TIME BIGINT NOT NULL,
    LAST_ACCESS_TIME BIGINT NOT NULL,
    MAX_INACTIVE_INTERVAL INT NOT NULL,
    EXPIRY_TIME BIGINT NOT NULL,
    PRINCIPAL_NAME VARCHAR(254),
    CONSTRAINT SPRING_SESSION_PK PRIMARY KEY (PRIMARY_ID)
);

CREATE UNIQUE INDEX SPRING_SESSION_IX1 ON SPRING_SESSION (SESSION_ID);
CREATE INDEX SPRING_SESSION_IX2 ON SPRING_SESSION (EXPIRY_TIME);
CREATE INDEX SPRING_SESSION_IX3 ON SPRING_SESSION (PRINCIPAL_NAME);

CREATE TABLE SPRING_SESSION_ATTRIBUTES (
    SESSION_PRIMARY_ID CHAR(36) NOT NULL,
    ATTRIBUTE_NAME VARCHAR(200) NOT NULL,
    ATTRIBUTE_BYTES BYTEA NOT NULL,
    CONSTRAINT SPRING_SESSION_ATTRIBUTES_PK PRIMARY KEY (SESSION_PRIMARY_ID, ATTRIBUTE_NAME),
    CONSTRAINT SPRING_SESSION_ATTRIBUTES_FK FOREIGN KEY (SESSION_PRIMARY_ID) REFERENCES SPRING_SESSION(PRIMARY_ID) ON DELETE CASCADE
);

-- The guide as loaded, whole, per revision: an instance that did not read the files itself (another one
-- reloaded the guide) builds its pages from this document, so every instance serves the same revision.
-- gzip of the loaded guide as JSON.
create table guide_document (
    content_hash varchar(64) not null primary key,
    document     bytea       not null,
    created_at   timestamp with time zone not null
);

-- Rows that instances lock for what only one of them may do at a time: 'guide', writing a new revision
-- of the guide (two instances starting together, or two admins reloading at once, write it once);
-- 'first-admin', creating the first admin at the first start.
create table app_lock (
    name varchar(20) not null primary key
);
insert into app_lock (name) values ('guide');
insert into app_lock (name) values ('first-admin');

-- Every running instance and the revision it serves, refreshed every few seconds, for the admin page.
create table runway_instance (
    id         varchar(100) not null primary key,
    started_at timestamp with time zone not null,
    seen_at    timestamp with time zone not null,
    revision   varchar(64)
);
