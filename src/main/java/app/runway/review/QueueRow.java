package app.runway.review;

import java.time.Instant;

import app.runway.assessment.ReviewState;

/**
 * One submitted assessment as the queue reads it, in one query with its review, if any.
 *
 * @param resultJson   the stored result, read only for its readiness index
 * @param reviewStatus null while no mentor saved anything
 * @param mentorName   the mentor who saved the review last, or null
 * @param programmeId  the programme it was submitted to, or null for the open pool
 */
record QueueRow(Long id, String token, String startupName, String industry, String stage, ReviewState state,
        Instant submittedAt, String resultJson, ReviewStatus reviewStatus, String mentorName, Long programmeId) {

    /** Public, so that the query can build it. */
    public QueueRow {
    }
}
