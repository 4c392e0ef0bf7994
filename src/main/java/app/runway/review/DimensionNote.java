package app.runway.review;

/**
 * The mentor's word on one dimension: a score 0-100 and a comment, either may be absent.
 * Stored in the review's JSON document.
 */
record DimensionNote(String dimension, Integer score, String commentMarkdown, String commentHtml) {

    Comment comment() {
        return new Comment(commentMarkdown, commentHtml);
    }
}
