package app.runway.review;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A review as its founder sees it, once a mentor published it. Comments are sanitised HTML, made
 * when the mentor saved them: print them with {@code th:utext}. Verdict words are the message keys
 * {@code review.verdict.NAME} (and {@code review.verdict.NAME.hint}) in messages-review.
 *
 * @param dimensions the dimensions the mentor scored or commented on, in questionnaire order
 * @param added      strategies the mentor recommends on top of the report, with titles in the reader's language
 * @param removed    strategies of the report the mentor advises against
 * @param mentorName the display name of the mentor who saved the review last
 * @param updatedAt  when it last changed; a published review may be revised
 */
public record PublishedReview(Verdict verdict, String overallHtml, List<DimensionFeedback> dimensions,
        List<StrategyLink> added, List<StrategyLink> removed, String mentorName, Instant publishedAt,
        Instant updatedAt) {

    /**
     * @param mentorScore 0-100, or null when the mentor only commented
     * @param commentHtml sanitised HTML, or null when the mentor only scored
     */
    public record DimensionFeedback(String dimension, Integer mentorScore, String commentHtml) {
    }

    /** A guide strategy, with its page's address. */
    public record StrategyLink(String id, String title, String url) {
    }

    /** The mentor's word on one dimension, if any. */
    public Optional<DimensionFeedback> dimension(String id) {
        return dimensions.stream().filter(d -> d.dimension().equals(id)).findFirst();
    }
}
