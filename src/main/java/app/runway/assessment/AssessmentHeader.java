package app.runway.assessment;

/**
 * What decides who may open an assessment and whether a kept report of it is still current, read
 * without the answers and the result: the report's hot path asks for nothing more until a page has
 * to be rendered.
 *
 * @param version    the assessment's version: any change to it makes a kept report stale
 * @param ownerEmail the e-mail of the founder who owns it, or null while it is reachable by its link only
 * @param programmeId the programme it was submitted to, whose mentors alone see it; null for the open pool
 */
public record AssessmentHeader(String token, long version, Long ownerId, String ownerEmail, ReviewState reviewState,
        AssessmentStatus status, Long programmeId) {

    public boolean isCompleted() {
        return status == AssessmentStatus.COMPLETED;
    }
}
