/**
 * The JSON API for integrations and tests: the questionnaire in either language
 * ({@code GET /api/questionnaire}), and assessments submitted and scored in one request
 * ({@code POST /api/assessments}) or read back by their token. Bad input is answered with one
 * problem-details body that names every field at fault, and nothing is stored. See docs/api.md.
 */
package app.runway.assessment.api;
