package app.runway.guide.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.data.MutableDataSet;
import org.junit.jupiter.api.Test;

/** Rendering parsed nodes to sanitised HTML, with {@code @id} links turned into site addresses. */
class MarkdownRendererTest {

    private final DataHolder options = new MutableDataSet()
            .set(Parser.EXTENSIONS, List.of(TablesExtension.create())).toImmutable();
    private final MarkdownRenderer renderer = new MarkdownRenderer(options, Map.of(
            "compute-cost", "/guide/risks/compute-cost", "risks", "/guide/chapters/risks"));

    /** The top-level nodes of the Markdown, as the loader hands a section to the renderer. */
    private List<Node> nodes(String markdown) {
        Node document = Parser.builder(options).build().parse(markdown);
        List<Node> nodes = new java.util.ArrayList<>();
        document.getChildren().forEach(nodes::add);
        return nodes;
    }

    @Test
    void turnsAtIdLinksIntoTheAddressesOfEntriesAndChapters() {
        assertThat(renderer.render(nodes("See [the risk](@compute-cost) in [the chapter](@risks \"Risks\").")))
                .isEqualTo("<p>See <a href=\"/guide/risks/compute-cost\" rel=\"noopener\">the risk</a> in"
                        + " <a href=\"/guide/chapters/risks\" title=\"Risks\" rel=\"noopener\">the chapter</a>.</p>\n");
    }

    @Test
    void keepsWebLinksAndSiteLinksAsWritten() {
        assertThat(renderer.render(nodes("[web](https://example.com/) and [site](/guide/risks)")))
                .contains("<a href=\"https://example.com/\" rel=\"noopener\">web</a>",
                        "<a href=\"/guide/risks\" rel=\"noopener\">site</a>");
    }

    @Test
    void pointsAnUnknownAtIdAtNothingHarmful() {
        assertThat(renderer.render(nodes("[gone](@nowhere)")))
                .isEqualTo("<p><a href=\"#\" rel=\"noopener\">gone</a></p>\n");
    }

    @Test
    void rendersEveryNodeOfASectionInOrder() {
        assertThat(renderer.render(nodes("First.\n\n### Second\n\n- third\n")))
                .isEqualTo("<p>First.</p>\n<h3>Second</h3>\n<ul><li>third</li></ul>\n");
    }

    @Test
    void rendersNothingForNoNodes() {
        assertThat(renderer.render(List.of())).isEmpty();
    }
}
