/**
 * The personalised report of a completed assessment: where the startup stands, the radar chart,
 * what the answers reveal and why, what to read and do next, all linked into the guide. Also the
 * what-if preview of one changed answer, the re-score under a newer questionnaire, the printable
 * PDF, and the reader's own status shown on guide pages ({@link app.runway.guide.ReaderStatus}).
 */
package app.runway.assessment.report;
