package app.runway.review;

/**
 * A mentor published a review; published inside the publishing transaction.
 *
 * @param ownerId the founder's account, or null for an assessment no one claimed (nobody to tell)
 */
public record FeedbackPublished(String token, String startupName, Long ownerId) {
}
