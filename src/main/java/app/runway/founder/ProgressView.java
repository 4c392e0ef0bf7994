package app.runway.founder;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * One startup's scores over its completed assessments, oldest first: what the progress page shows,
 * as charts and as one table.
 *
 * @param startupName the name in the startup's newest assessment
 * @param drafts      how many of its assessments are not completed, and so left out
 * @param assessments the completed assessments, oldest first: the charts' x axis and the table's columns
 * @param index       the readiness index
 * @param dimensions  each dimension scored in any of the assessments, in the newest questionnaire's order
 */
record ProgressView(String startupName, int drafts, List<Column> assessments, Series index, List<Series> dimensions) {

    public boolean isEmpty() {
        return assessments.isEmpty();
    }

    /** The index, then every dimension: the table's rows. */
    public List<Series> series() {
        List<Series> all = new ArrayList<>();
        all.add(index);
        all.addAll(dimensions);
        return all;
    }

    /** One completed assessment only: points, no lines. */
    public boolean single() {
        return assessments.size() == 1;
    }

    /**
     * A completed assessment.
     *
     * @param number its place in the startup's history, as "My assessments" numbers it
     */
    record Column(String token, int number, LocalDate completedOn) {
    }

    /**
     * A score followed over the assessments: the index or a dimension.
     *
     * @param anchor an id for the page, unique on it
     * @param title  the dimension's title in the reader's language; null for the index
     * @param cells  one per assessment, in the order of {@link ProgressView#assessments()}
     */
    record Series(String id, String anchor, String title, List<Cell> cells, ProgressChart chart) {
    }

    /**
     * One assessment's score in a series.
     *
     * @param score      0-100, or null
     * @param missingKey when the score is null, the message saying why: no evidence, no index, or a
     *                   dimension the assessment's questionnaire did not have
     */
    record Cell(Column assessment, Integer score, String missingKey) {
    }
}
