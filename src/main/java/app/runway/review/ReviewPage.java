package app.runway.review;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import app.runway.assessment.ReviewState;

/**
 * What the review page shows, in the reader's language: the founder's side (profile, note, index,
 * self-scores, flags, the report's strategies) and the review as last saved, if it was.
 *
 * @param stage    the stage id ({@code idea} ... {@code growth})
 * @param index    the readiness index, or null when no question had an answer
 * @param band     the band's title, or null with no index
 * @param others   guide strategies the report did not recommend, which the mentor may add
 * @param saved    the review as stored, or null before the first save
 */
record ReviewPage(String token, String startupName, String industry, String stage, int teamSize, ReviewState state,
        LocalDate submittedOn, String note, Integer index, String band, List<DimensionRow> dimensions,
        List<FlagRow> risks, List<FlagRow> pitfalls, List<StrategyChoice> recommended, List<StrategyChoice> others,
        Saved saved) {

    /** @param selfScore the founder's score 0-100, or null with no evidence */
    record DimensionRow(String id, String title, Integer selfScore) {
    }

    record FlagRow(String title, String url, String severity) {
    }

    record StrategyChoice(String id, String title, String url) {
    }

    /** The stored review; comments as the founder will see them. */
    record Saved(ReviewStatus status, long version, String mentorName, LocalDateTime updatedAt,
            LocalDateTime publishedAt, Verdict verdict, String overallHtml, List<SavedNote> notes,
            List<StrategyChoice> added, List<StrategyChoice> removed) {

        public boolean published() {
            return status == ReviewStatus.PUBLISHED;
        }
    }

    record SavedNote(String dimension, String title, Integer score, String html) {
    }

    public boolean published() {
        return saved != null && saved.published();
    }

    Set<String> dimensionIds() {
        return dimensions.stream().map(DimensionRow::id).collect(Collectors.toSet());
    }

    Set<String> recommendedIds() {
        return recommended.stream().map(StrategyChoice::id).collect(Collectors.toSet());
    }

    Set<String> otherIds() {
        return others.stream().map(StrategyChoice::id).collect(Collectors.toSet());
    }
}
