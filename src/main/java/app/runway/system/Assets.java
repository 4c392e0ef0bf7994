package app.runway.system;

import jakarta.servlet.ServletContext;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.resource.ResourceUrlProvider;

/**
 * The addresses of Runway's own static files, with a hash of their content in the name (WebConfig), looked
 * up once. The layout reads them as {@code ${@assets.styleSheet}}.
 */
@Component("assets")
public class Assets {

    private final ObjectProvider<ResourceUrlProvider> urls;
    private final ObjectProvider<ServletContext> servletContext;
    private volatile String styleSheet;

    Assets(ObjectProvider<ResourceUrlProvider> urls, ObjectProvider<ServletContext> servletContext) {
        this.urls = urls;
        this.servletContext = servletContext;
    }

    /** Runway's style sheet, such as {@code /css/runway-0123...cdef.css}. */
    public String getStyleSheet() {
        String known = styleSheet;
        if (known == null) {
            String path = urls.getObject().getForLookupPath("/css/runway.css");
            ServletContext context = servletContext.getIfAvailable();
            known = (context == null ? "" : context.getContextPath()) + (path == null ? "/css/runway.css" : path);
            styleSheet = known;
        }
        return known;
    }
}
