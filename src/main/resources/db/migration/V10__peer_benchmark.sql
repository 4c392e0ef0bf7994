-- Peer benchmark (docs/scoring.md, "How you compare"). A founder may let the scores of an assessment be
-- counted, anonymously, in the quartiles other founders at the same stage see; off until they say so.
alter table assessment add column benchmark_consent boolean default false not null;

-- Each completed assessment's scores as rows, so that statistics over many assessments are one query
-- instead of reading every stored result. Written with the result (Assessment.complete); assessments
-- completed before this migration are filled in at start-up (AssessmentScoresBackfill), because the
-- result is JSON that H2 and PostgreSQL read differently. A dimension without evidence has no row; the
-- readiness index is the row named '_index' (no dimension id starts with an underscore).
create table assessment_score (
    assessment_id bigint      not null references assessment (id),
    dimension     varchar(80) not null,
    score         integer     not null,
    primary key (assessment_id, dimension)
);

-- The peers are the latest consenting completed assessment of each founder.
create index ix_assessment_benchmark on assessment (benchmark_consent, status, owner_id);
