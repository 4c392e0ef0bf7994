package app.runway.guide;

/**
 * One search result.
 *
 * @param kind        an entry kind's code, or {@code chapter}
 * @param snippetHtml the matching words in context, HTML-escaped, with the matches in {@code <mark>}
 * @param lang        the language the snippet is written in
 */
public record SearchHit(String url, String kind, String title, String snippetHtml, String lang) {
}
