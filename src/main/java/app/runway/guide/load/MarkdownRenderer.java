package app.runway.guide.load;

import java.util.List;
import java.util.Map;
import java.util.Set;

import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.html.IndependentLinkResolverFactory;
import com.vladsch.flexmark.html.LinkResolver;
import com.vladsch.flexmark.html.renderer.LinkResolverBasicContext;
import com.vladsch.flexmark.html.renderer.LinkStatus;
import com.vladsch.flexmark.html.renderer.ResolvedLink;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.DataHolder;

/**
 * Renders parsed Markdown to sanitised HTML, turning {@code @id} links into site addresses.
 * One instance per load, because the addresses depend on the guide being loaded.
 */
final class MarkdownRenderer {

    private final HtmlRenderer renderer;

    MarkdownRenderer(DataHolder options, Map<String, String> urlsById) {
        this.renderer = HtmlRenderer.builder(options)
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
