package app.runway.assessment;

/**
 * Where an assessment stands with the mentors: a founder submits a draft, a mentor takes it into
 * review and publishes the review. A founder may withdraw a submission not yet in review.
 */
public enum ReviewState {
    DRAFT, SUBMITTED, IN_REVIEW, REVIEWED;

    /** Mentors and admins see an assessment once it was submitted to them. */
    public boolean sharedWithMentors() {
        return this != DRAFT;
    }
}
