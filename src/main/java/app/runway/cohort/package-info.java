/**
 * The cohort view for mentors: a dashboard over every assessment shared with mentors (counts by
 * stage and review state, average score per dimension, the most often flagged risks and pitfalls,
 * the spread of the readiness index) drawn as server-rendered SVG charts with their numbers in
 * tables, and the same cohort as a CSV file that spreadsheets open safely.
 */
package app.runway.cohort;
