package app.runway.review;

import java.util.List;

import app.runway.markup.HtmlSafety;
import com.vladsch.flexmark.ext.gfm.strikethrough.StrikethroughExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.data.MutableDataSet;

/**
 * Renders a mentor's Markdown comment to HTML that is safe to show. HTML the mentor types is shown
 * as text, not interpreted; the result then goes through the guide's sanitising policy, which drops
 * anything that could run ({@code javascript:} links, event handlers, scripts, images).
 */
final class CommentMarkdown {

    private static final DataHolder OPTIONS = new MutableDataSet()
            .set(Parser.EXTENSIONS, List.of(TablesExtension.create(), StrikethroughExtension.create()))
            .set(HtmlRenderer.ESCAPE_HTML, true)
            .toImmutable();
    // Both are immutable once built and safe to share between requests.
    private static final Parser PARSER = Parser.builder(OPTIONS).build();
    private static final HtmlRenderer RENDERER = HtmlRenderer.builder(OPTIONS).build();

    private CommentMarkdown() {
    }

    /** The comment, or {@link Comment#NONE} for a blank one. */
    static Comment of(String markdown) {
        if (markdown == null || markdown.isBlank()) {
            return Comment.NONE;
        }
        String text = markdown.replace("\r\n", "\n").strip();
        return new Comment(text, render(text));
    }

    static String render(String markdown) {
        return HtmlSafety.sanitize(RENDERER.render(PARSER.parse(markdown)));
    }
}
