package app.runway.review;

import java.util.List;

/**
 * Everything a mentor writes in a review, comments already rendered.
 *
 * @param dimensions the dimensions the mentor scored or commented on, in questionnaire order
 * @param added      guide strategy ids the mentor recommends on top of the founder's report
 * @param removed    strategy ids from the report the mentor advises against
 * @param verdict    null until the mentor chose one; a published review always has one
 */
record ReviewContent(List<DimensionNote> dimensions, Comment overall, List<String> added, List<String> removed,
        Verdict verdict) {
}
