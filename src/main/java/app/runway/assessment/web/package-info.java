/**
 * The founder's questionnaire in the browser: the profile step, one page per readiness
 * dimension with the questions asked for this startup, saving on every page, resuming from the
 * private link and finishing into the report. Works without JavaScript; the scoring and the
 * storage live in {@code app.runway.assessment}.
 */
package app.runway.assessment.web;
