package app.runway.assessment.report;

import java.util.List;
import java.util.Objects;

/**
 * What changes between two results of the same assessment: a what-if answer, or a re-score under
 * a newer questionnaire. Only what differs is listed.
 *
 * @param dimensions the dimensions whose score changes
 * @param added      flags the second result raises and the first did not
 * @param resolved   flags the first result raised and the second does not
 */
record Comparison(Integer indexBefore, Integer indexAfter, String bandBefore, String bandAfter,
        List<ScoreChange> dimensions, List<FlagChange> added, List<FlagChange> resolved) {

    public boolean indexChanged() {
        return !Objects.equals(indexBefore, indexAfter);
    }

    public boolean bandChanged() {
        return !Objects.equals(bandBefore, bandAfter);
    }

    public boolean unchanged() {
        return !indexChanged() && !bandChanged() && dimensions.isEmpty() && added.isEmpty() && resolved.isEmpty();
    }

    /** A dimension score before and after; either may be null ("no evidence"). */
    record ScoreChange(String id, String title, Integer before, Integer after) {
    }

    /** A flag that appears or disappears, with its guide page. {@code kind} is {@code risk} or {@code pitfall}. */
    record FlagChange(String id, String kind, String title, String url) {
    }
}
