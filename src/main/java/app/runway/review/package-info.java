/**
 * Mentor review. The queue of assessments founders submitted; the review page, where a mentor
 * scores each dimension beside the founder's self-score, comments in Markdown (stored as written
 * and as sanitised HTML, rendered once when saved), adds or removes strategies and gives a verdict,
 * saved as a draft until published to the founder. Two mentors editing one review never overwrite
 * each other silently: the second to save is shown the conflict and keeps what they typed.
 * Founders read published reviews through {@link app.runway.review.ReviewFeedback}.
 */
package app.runway.review;
