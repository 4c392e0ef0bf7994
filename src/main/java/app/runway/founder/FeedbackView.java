package app.runway.founder;

import java.time.LocalDate;
import java.util.List;

import app.runway.assessment.ReviewState;
import app.runway.review.PublishedReview.StrategyLink;
import app.runway.review.Verdict;

/**
 * A mentor's published review as its founder reads it: the mentor's score beside the founder's
 * own per dimension, the comments, the strategies the mentor added or removed and the verdict.
 * Without a published review only the first fields are set.
 *
 * @param published   whether there is a published review; the rest is empty when not
 * @param overallHtml the overall comment, sanitised HTML made when the mentor saved it; null without one
 * @param revisedOn   when the mentor changed the review after publishing it; null otherwise
 */
record FeedbackView(String token, String startupName, ReviewState reviewState, boolean published,
        Verdict verdict, String mentorName, LocalDate publishedOn, LocalDate revisedOn, String overallHtml,
        List<ScoreRow> scores, List<DimensionComment> comments, List<StrategyLink> added,
        List<StrategyLink> removed) {

    static FeedbackView notPublished(String token, String startupName, ReviewState reviewState) {
        return new FeedbackView(token, startupName, reviewState, false, null, null, null, null, null, List.of(),
                List.of(), List.of(), List.of());
    }

    /**
     * One dimension: the founder's self-score and the mentor's score, either may be null (no
     * evidence, or the mentor did not score it).
     */
    record ScoreRow(String id, String title, Integer self, Integer mentor) {

        /** The mentor's score minus the founder's, signed; null when either is missing. */
        public String difference() {
            return CompareView.Change.of(self, mentor);
        }
    }

    /** A mentor's comment on a dimension, sanitised HTML. */
    record DimensionComment(String id, String title, String html) {
    }
}
