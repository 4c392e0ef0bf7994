package app.runway.markup;

import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;

/**
 * The one sanitising policy for guide HTML: the elements Markdown produces, links to the web and
 * inside the site, and nothing that runs (scripts, event handlers, {@code javascript:} URLs, styles).
 */
public final class HtmlSafety {

    private static final PolicyFactory POLICY = new HtmlPolicyBuilder()
            .allowElements("p", "br", "hr", "blockquote", "pre", "code", "em", "strong", "del", "s",
                    "ul", "ol", "li", "h2", "h3", "h4", "h5", "h6",
                    "table", "thead", "tbody", "tr", "th", "td", "a", "mark")
            .allowAttributes("id").matching(java.util.regex.Pattern.compile("[a-z0-9-]+"))
            .onElements("h2", "h3", "h4", "h5", "h6")
            .allowAttributes("align").matching(true, "left", "right", "center").onElements("th", "td")
            .allowAttributes("start").matching(java.util.regex.Pattern.compile("[0-9]+")).onElements("ol")
            .allowStandardUrlProtocols()
            .allowAttributes("href").onElements("a")
            .allowAttributes("title").onElements("a")
            .requireRelsOnLinks("noopener")
            .toFactory();

    private HtmlSafety() {
    }

    public static String sanitize(String html) {
        return POLICY.sanitize(html);
    }
}
