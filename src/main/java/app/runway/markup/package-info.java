/**
 * The one HTML policy for text rendered from Markdown, whoever wrote it: the guide's authors (rendered
 * once at load) and mentors' comments (rendered when saved). Sanitised HTML is the only text pages write
 * with {@code th:utext}.
 */
package app.runway.markup;
