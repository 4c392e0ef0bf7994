/**
 * Readiness assessments: a founder's profile and answers, saved page by page behind a private
 * link, scored against the questionnaire ({@code scoring}), and the report that explains the
 * result and points into the guide.
 */
package app.runway.assessment;
