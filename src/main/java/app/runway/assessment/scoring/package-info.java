/**
 * The readiness scoring: a pure, deterministic function from (questionnaire, profile, answers)
 * to a {@link app.runway.assessment.scoring.ReadinessResult}. No Spring, no clock, no database.
 * The model is documented in docs/scoring.md.
 */
package app.runway.assessment.scoring;
