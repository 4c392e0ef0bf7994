package app.runway.assessment;

/**
 * A founder submitted an assessment for review; published inside the submitting transaction.
 *
 * @param programmeId the programme it went to, or null for the open pool
 */
public record AssessmentSubmitted(String token, String startupName, Long programmeId) {
}
