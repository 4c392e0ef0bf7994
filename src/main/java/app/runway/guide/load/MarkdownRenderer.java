package app.runway.guide.load;

import java.util.List;
import java.util.Map;
import java.util.Set;

import app.runway.markup.HtmlSafety;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.html.IndependentLinkResolverFactory;
import com.vladsch.flexmark.html.LinkResolver;
import com.vladsch.flexmark.html.renderer.LinkResolverBasicContext;
import com.vladsch.flexmark.html.renderer.LinkStatus;
import com.vladsch.flexmark.html.renderer.ResolvedLink;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.data.MutableDataSet;

/**
 * Renders parsed Markdown to sanitised HTML, turning {@code @id} links into site addresses.
 * One instance per load, because the addresses depend on the guide being loaded.
 */
final class MarkdownRenderer {

    private final HtmlRenderer renderer;

    MarkdownRenderer(DataHolder options, Map<String, String> urlsById) {
        // flexmark renders links in a node that is not a whole Document only when DO_NOT_RENDER_LINKS is set
        // (it initialises its "links off" state inverted for such nodes); without it every link, @id and https
        // alike, would lose its <a> and keep only its text. This renderer never renders a whole Document.
        this.renderer = HtmlRenderer.builder(new MutableDataSet(options).set(HtmlRenderer.DO_NOT_RENDER_LINKS, true))
                .linkResolverFactory(new IndependentLinkResolverFactory() {
                    @Override
                    public LinkResolver apply(LinkResolverBasicContext context) {
                        return new AtIdResolver(urlsById);
                    }

                    @Override
                    public Set<Class<?>> getAfterDependents() {
                        return null;
                    }
                })
                .build();
    }

    String render(List<Node> nodes) {
        StringBuilder html = new StringBuilder();
        for (Node node : nodes) {
            html.append(renderer.render(node));
        }
        return HtmlSafety.sanitize(html.toString());
    }

    private record AtIdResolver(Map<String, String> urlsById) implements LinkResolver {

        @Override
        public ResolvedLink resolveLink(Node node, LinkResolverBasicContext context, ResolvedLink link) {
            String url = link.getUrl();
            if (url.startsWith("@")) {
                String target = urlsById.get(url.substring(1));
                // Unknown ids are refused by the validator before rendering; "#" keeps a bug harmless.
                return link.withStatus(LinkStatus.VALID).withUrl(target != null ? target : "#");
            }
            return link;
        }
    }
}
