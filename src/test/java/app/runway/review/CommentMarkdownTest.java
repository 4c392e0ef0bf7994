package app.runway.review;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Mentors' comments: Markdown becomes HTML, and nothing a mentor types can run in a founder's browser. */
class CommentMarkdownTest {

    @Test
    void rendersMarkdown() {
        String html = CommentMarkdown.render("**Strong** team, *thin* market.\n\n- talk to users\n- price it\n\n"
                + "[Read this](https://example.com/pricing)");
        assertThat(html).contains("<strong>Strong</strong>").contains("<em>thin</em>")
                .contains("<li>talk to users</li>")
                .contains("<a href=\"https://example.com/pricing\" rel=\"noopener\">Read this</a>");
    }

    @Test
    void showsTypedHtmlAsTextAndRunsNoScript() {
        String html = CommentMarkdown.render("Look <script>alert('x')</script> and <b onmouseover=\"alert(1)\">here</b>");
        assertThat(html).doesNotContain("<script").doesNotContain("<b ").doesNotContain("onmouseover=\"")
                .contains("&lt;script&gt;");
    }

    @Test
    void dropsJavascriptAndDataLinksButKeepsTheirText() {
        String html = CommentMarkdown.render("[click](javascript:alert(1)) [data](data:text/html;base64,PHNjcmlwdD4=) "
                + "<javascript:alert(2)>");
        // What stays is text: no link, so nothing to click that could run.
        assertThat(html).doesNotContain("<a").doesNotContain("href").doesNotContain("data:text").contains("click");
    }

    @Test
    void dropsImagesAndBlockHtml() {
        String html = CommentMarkdown.render("![pixel](https://tracker.example/p.gif)\n\n<iframe src=\"https://x\"></iframe>");
        assertThat(html).doesNotContain("<img").doesNotContain("<iframe");
    }

    @Test
    void blankCommentIsNone() {
        assertThat(CommentMarkdown.of("  \r\n ")).isEqualTo(Comment.NONE);
        assertThat(CommentMarkdown.of("one\r\ntwo").markdown()).isEqualTo("one\ntwo");
    }
}
