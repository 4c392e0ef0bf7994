/**
 * Programmes: the cohorts accelerators and incubators run. An admin creates a programme and adds its
 * mentors; a mentor (or an admin) invites founders by e-mail or with a join link; a founder who joins
 * may submit assessments to the programme, and those are seen by the programme's mentors only
 * ({@link app.runway.programme.Programmes#visibleTo}). A programme with assessments is archived, never
 * deleted: the mentors keep reading what was shared with them, but no one joins any more.
 */
package app.runway.programme;
