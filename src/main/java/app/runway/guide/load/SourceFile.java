package app.runway.guide.load;

/**
 * One Markdown file of a guide.
 *
 * @param path    where the file is, as shown in problem reports
 * @param lang    the language folder it came from ({@code en}, {@code zh})
 * @param name    the file name, used to sort files and to name plain chapters
 * @param content the file's text
 */
public record SourceFile(String path, String lang, String name, String content) {
}
