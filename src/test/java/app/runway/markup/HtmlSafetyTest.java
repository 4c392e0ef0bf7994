package app.runway.markup;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The one sanitising policy: the elements Markdown produces survive, nothing that runs does. */
class HtmlSafetyTest {

    @Test
    void removesScriptsEventHandlersStylesAndJavascriptUrls() {
        String html = HtmlSafety.sanitize("""
                <p onclick="alert(1)" style="color:red">text</p>
                <script>alert(2)</script>
                <img src="x" onerror="alert(3)">
                <a href="javascript:alert(4)">js</a>
                <a href="JAVASCRIPT:alert(5)">js upper</a>
                <a href="data:text/html,<script>alert(6)</script>">data</a>
                <iframe src="https://example.com/"></iframe>
                <svg onload="alert(7)"></svg>
                """);

        assertThat(html)
                .doesNotContainIgnoringCase("<script")
                .doesNotContainIgnoringCase("onclick")
                .doesNotContainIgnoringCase("onerror")
                .doesNotContainIgnoringCase("onload")
                .doesNotContainIgnoringCase("style")
                .doesNotContainIgnoringCase("javascript:")
                .doesNotContainIgnoringCase("data:")
                .doesNotContainIgnoringCase("<img")
                .doesNotContainIgnoringCase("<iframe")
                .doesNotContainIgnoringCase("<svg")
                .doesNotContain("alert(2)")
                .contains("<p>text</p>", "js", "js upper", "data");
    }

    @Test
    void keepsTheElementsMarkdownProduces() {
        String html = """
                <h2>Title</h2>
                <p><em>a</em> <strong>b</strong> <del>c</del> <code>d</code></p>
                <ol start="3"><li>x</li></ol>
                <table><thead><tr><th align="left">h</th></tr></thead><tbody><tr><td align="right">v</td></tr></tbody></table>
                <blockquote><p>q</p></blockquote>
                <pre><code>code</code></pre>
                <hr />""";

        assertThat(HtmlSafety.sanitize(html)).isEqualTo(html);
    }

    @Test
    void keepsWebAndSiteLinksAndMarksThemNoopener() {
        assertThat(HtmlSafety.sanitize("<a href=\"https://example.com/\">web</a> <a href=\"/guide/risks/x\">site</a>"
                + " <a href=\"mailto:team@example.com\">mail</a>"))
                .isEqualTo("<a href=\"https://example.com/\" rel=\"noopener\">web</a>"
                        + " <a href=\"/guide/risks/x\" rel=\"noopener\">site</a>"
                        + " <a href=\"mailto:team&#64;example.com\" rel=\"noopener\">mail</a>");
    }
}
