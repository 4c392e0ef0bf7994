/**
 * The founder's own corner, under {@code /me}: the history of each startup's assessments, comparing
 * two assessments of the same startup, each startup's scores over time as line charts, re-taking
 * one from its previous answers, submitting one for mentor review (and withdrawing it before review
 * starts), reading the mentor's published feedback beside the self-scores, and claiming an
 * assessment started anonymously into the account. Only founders use these pages; another
 * founder's assessment answers 404.
 */
package app.runway.founder;
