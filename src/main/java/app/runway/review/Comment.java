package app.runway.review;

/**
 * A comment as the mentor wrote it (Markdown) and as it is shown (sanitised HTML, rendered once
 * when the comment is saved, never when it is read).
 */
record Comment(String markdown, String html) {

    static final Comment NONE = new Comment(null, null);
}
