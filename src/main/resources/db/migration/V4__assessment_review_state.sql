-- Submitting an assessment for mentor review, and re-takes of earlier assessments.
alter table assessment add column review_state varchar(20) default 'DRAFT' not null;
alter table assessment add column submission_note varchar(2000);
alter table assessment add column submitted_at timestamp with time zone;
alter table assessment add column retake_of bigint references assessment (id);
create index ix_assessment_review_state on assessment (review_state);
