package app.runway.guide.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Raw HTML, scripts, event attributes and javascript: links in guide files never reach the rendered HTML. */
class GuideHtmlSafetyTest {

    private static final String ATTACKS = """
            <script>alert('script block')</script>

            <img src="x" onerror="alert('img')">

            A [plain javascript link](javascript:alert(1)) and a [mixed-case one](JaVaScRiPt:alert(2)).

            Inline <a href="javascript:alert(3)">raw anchor</a> and <span onclick="alert(4)">a span</span>.

            A [reference link][evil].

            [evil]: javascript:alert(6)

            <iframe src="https://evil.example/"></iframe>

            <style>body { display: none }</style>

            <div onmouseover="alert(7)">a div</div>
            """;

    private static final String MARKDOWN = """
            Some *emphasis*, **strong** and ~~struck~~ words, `inline code` and an
            [https link](https://example.com/page?a=1&b=2).

            - first item
            - second item

            1. one
            2. two

            | Risk | Severity |
            |---|:---:|
            | Compute | high |

            > A quote.
            """;

    private static LoadedGuide guideWith(String markdown) {
        String en = TestChapters.EN_RISKS
                .replace("---\n\n## Compute cost", "---\n\n" + markdown + "\n## Compute cost")
                .replace("Compute body.", markdown);
        String zh = TestChapters.ZH_RISKS.replace("正文。", markdown);
        return GuideFiles.guide().en("01-risks.md", en).zh("01-risks.md", zh)
                .en("99-article.md", "# Article\n\n" + markdown)
                .load();
    }

    /** Every piece of HTML the loader produced: chapter sections and entry bodies, in every language. */
    private static List<String> allHtml(LoadedGuide guide) {
        List<String> html = new ArrayList<>();
        guide.chapters().forEach(c -> c.texts().values().forEach(t -> t.sections().forEach(s -> html.add(s.html()))));
        guide.entries().forEach(e -> e.texts().values().forEach(t -> html.add(t.bodyHtml())));
        return html;
    }

    @Test
    void neverRendersScriptsEventHandlersOrJavascriptLinks() {
        List<String> html = allHtml(guideWith(ATTACKS));

        assertThat(html).hasSizeGreaterThan(5);
        assertThat(String.join("\n", html)).as("all rendered HTML")
                .doesNotContainIgnoringCase("<script")
                .doesNotContainIgnoringCase("onerror")
                .doesNotContainIgnoringCase("onclick")
                .doesNotContainIgnoringCase("onmouseover")
                .doesNotContainIgnoringCase("javascript:")
                .doesNotContainIgnoringCase("<img")
                .doesNotContainIgnoringCase("<iframe")
                .doesNotContainIgnoringCase("<style")
                .contains("plain javascript link", "raw anchor", "a div");
    }

    @Test
    void keepsAJavascriptAutolinkAsInertTextOnly() {
        String html = String.join("\n", allHtml(guideWith("An autolink <javascript:alert(5)> here.\n")));

        assertThat(html).contains("An autolink javascript:alert(5) here.")
                .doesNotContainIgnoringCase("<a ")
                .doesNotContainIgnoringCase("href");
    }

    @Test
    void keepsOrdinaryMarkdown() {
        LoadedGuide guide = guideWith(MARKDOWN);

        for (String html : allHtml(guide).stream().filter(h -> h.contains("emphasis")).toList()) {
            assertThat(html)
                    .contains("<em>emphasis</em>", "<strong>strong</strong>", "<del>struck</del>",
                            "<code>inline code</code>")
                    .contains("<a href=\"https://example.com/page?a&#61;1&amp;b&#61;2\"")
                    .contains("<ul><li>first item</li><li>second item</li></ul>", "<ol><li>one</li><li>two</li></ol>")
                    .contains("<table>", "<th>Risk</th>", "<td align=\"center\">high</td>")
                    .contains("<blockquote>");
        }
        assertThat(allHtml(guide).stream().filter(h -> h.contains("emphasis")))
                .as("en intro, en entry body, three zh entry bodies, plain chapter").hasSize(6);
    }
}
